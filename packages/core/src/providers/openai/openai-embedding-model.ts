import type { EmbeddingModel } from '../../models/embedding-model.js';
import { createCallMetadata } from '../provider-context.js';
import { openAIErrorNormalizer, type OpenAIModelContext } from './openai-model-context.js';
import { readEmbeddingVectors, type RawEmbeddingItem } from './read-embedding-vectors.js';

/** How vectors travel: JSON floats (every server) or base64 float32 (smaller; OpenAI, llama.cpp, vLLM). */
export type EmbeddingEncoding = 'float' | 'base64';

/**
 * An embedding model over the Embeddings API. The encoding is always named in the request: left out, the SDK asks
 * for base64 and decodes whatever comes back as base64, so a server answering floats gave quarter-length zero
 * vectors. The answer is decoded by what it contains, whatever was asked.
 */
export function createOpenAIEmbeddingModel(context: OpenAIModelContext, modelId: string, encoding: EmbeddingEncoding = 'float'): EmbeddingModel {
  return {
    provider: context.provider,
    modelId,
    maxValuesPerCall: 2048,
    async embed(request) {
      const params = {
        model: modelId,
        input: [...request.values],
        encoding_format: encoding,
        ...(request.dimensions === undefined ? {} : { dimensions: request.dimensions }),
      };
      const { value, fromCache } = await context.policy.cached({ provider: context.provider, embeddings: params }, () =>
        context.policy.execute({
          operation: `${context.provider} embeddings (${modelId})`,
          signal: request.signal,
          attempt: async (signal) => {
            const response = await context.client.embeddings.create(params, { signal });
            const items = (Array.isArray(response.data) ? response.data : []) as readonly RawEmbeddingItem[];
            const embeddings = readEmbeddingVectors(items, { provider: context.provider, count: request.values.length, dimensions: request.dimensions });
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
