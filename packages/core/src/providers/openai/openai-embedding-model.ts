import type { EmbeddingModel } from '../../models/embedding-model.js';
import { createCallMetadata } from '../provider-context.js';
import { openAIErrorNormalizer, type OpenAIModelContext } from './openai-model-context.js';

/** An embedding model over the Embeddings API. */
export function createOpenAIEmbeddingModel(context: OpenAIModelContext, modelId: string): EmbeddingModel {
  return {
    provider: context.provider,
    modelId,
    maxValuesPerCall: 2048,
    async embed(request) {
      const params = { model: modelId, input: [...request.values], ...(request.dimensions === undefined ? {} : { dimensions: request.dimensions }) };
      const { value, fromCache } = await context.policy.cached({ provider: context.provider, embeddings: params }, () =>
        context.policy.execute({
          operation: `${context.provider} embeddings (${modelId})`,
          signal: request.signal,
          attempt: async (signal) => {
            const response = await context.client.embeddings.create(params, { signal });
            const embeddings = [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
            return { embeddings, inputTokens: response.usage?.prompt_tokens, requestId: response._request_id ?? undefined };
          },
          normalizeError: openAIErrorNormalizer(context),
        }),
      );
      const usage = value.inputTokens === undefined ? {} : { inputTokens: value.inputTokens };
      return { embeddings: value.embeddings, ...createCallMetadata(context, modelId, usage, { requestId: value.requestId, fromCache }) };
    },
  };
}
