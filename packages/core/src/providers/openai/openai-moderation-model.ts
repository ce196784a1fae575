import type { ModerationCategory, ModerationModel } from '../../models/moderation-model.js';
import { createCallMetadata } from '../provider-context.js';
import { openAIErrorNormalizer, type OpenAIModelContext } from './openai-model-context.js';

/** A moderation model over the Moderations API (free of charge on OpenAI). */
export function createOpenAIModerationModel(context: OpenAIModelContext, modelId: string): ModerationModel {
  return {
    provider: context.provider,
    modelId,
    async moderate(request) {
      const result = await context.policy.execute({
        operation: `${context.provider} moderation (${modelId})`,
        signal: request.signal,
        attempt: (signal) => context.client.moderations.create({ model: modelId, input: [...request.inputs] }, { signal }),
        normalizeError: openAIErrorNormalizer(context),
      });
      const verdicts = result.results.map((item) => {
        const flags = item.categories as unknown as Record<string, boolean>;
        const scores = item.category_scores as unknown as Record<string, number>;
        const categories: Record<string, ModerationCategory> = {};
        for (const name of Object.keys(scores)) categories[name] = { flagged: flags[name] === true, score: scores[name] ?? 0 };
        return { flagged: item.flagged, categories };
      });
      return { verdicts, ...createCallMetadata(context, modelId, {}, { requestId: result._request_id }) };
    },
  };
}
