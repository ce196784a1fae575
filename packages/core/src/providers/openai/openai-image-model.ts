import { InvalidResponseError } from '../../errors/invalid-response-error.js';
import type { GeneratedFile } from '../../models/generated-file.js';
import type { ImageModel } from '../../models/image-model.js';
import { base64ToBytes } from '../../runtime/base64.js';
import { sniffMediaType } from '../../runtime/sniff-media-type.js';
import { fetchGeneratedFile } from '../fetch-generated-file.js';
import { createCallMetadata } from '../provider-context.js';
import { openAIErrorNormalizer, type OpenAIModelContext } from './openai-model-context.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** An image model over the Images API; images come back as bytes whether the API sent base64 or a URL. */
export function createOpenAIImageModel(context: OpenAIModelContext, modelId: string): ImageModel {
  // DALL·E answers with short-lived URLs unless asked for base64; gpt-image models always send base64.
  const asksForBase64 = modelId.startsWith('dall-e');
  return {
    provider: context.provider,
    modelId,
    async generate(request) {
      const params = {
        model: modelId,
        prompt: request.prompt,
        n: request.count ?? 1,
        ...(request.size === undefined ? {} : { size: request.size as '1024x1024' }),
        ...(asksForBase64 ? { response_format: 'b64_json' as const } : {}),
      };
      const { value, fromCache } = await context.policy.cached({ provider: context.provider, images: params }, () =>
        context.policy.execute({
          operation: `${context.provider} image generation (${modelId})`,
          signal: request.signal,
          attempt: async (signal) => {
            const response = await context.client.images.generate(params, { signal });
            const images: GeneratedFile[] = [];
            for (const item of response.data ?? []) {
              if (item.b64_json) {
                const bytes = base64ToBytes(item.b64_json);
                images.push({ bytes, mediaType: sniffMediaType(bytes, 'image/png') });
              } else if (item.url) images.push(await fetchGeneratedFile(context, item.url, signal));
              else throw new InvalidResponseError(context.provider, 'an image came with neither data nor a URL');
            }
            return { images, revisedPrompt: response.data?.[0]?.revised_prompt ?? undefined, requestId: response._request_id ?? undefined };
          },
          normalizeError: openAIErrorNormalizer(context),
        }),
      );
      return {
        images: value.images,
        ...omitUndefined({ revisedPrompt: value.revisedPrompt }),
        ...createCallMetadata(context, modelId, { images: value.images.length }, { requestId: value.requestId, fromCache }),
      };
    },
  };
}
