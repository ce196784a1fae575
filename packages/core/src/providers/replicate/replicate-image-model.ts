import { ApiCallError } from '../../errors/api-call-error.js';
import type { ImageModel, ImageRequest } from '../../models/image-model.js';
import { createCallMetadata, type ProviderContext } from '../provider-context.js';
import { collectOutputFiles } from './collect-output-files.js';
import { predictionUsage, type ReplicateModelConfig } from './replicate-job-model.js';
import type { ReplicatePredictions } from './replicate-predictions.js';
import { formatReplicateModelRef } from './replicate-model-ref.js';

/**
 * A text-to-image model on Replicate. Images are quick, so the prediction is created with `Prefer: wait` and
 * polled only if it is not done by then; on abort the prediction is cancelled and the call rejects.
 */
export function createReplicateImageModel(
  context: ProviderContext,
  predictions: ReplicatePredictions,
  config: ReplicateModelConfig<ImageRequest>,
  pollIntervalMs = 1000,
): ImageModel {
  const modelId = formatReplicateModelRef(config.ref);
  return {
    provider: context.provider,
    modelId,
    async generate(request) {
      const input = config.toInput(request);
      const { value, fromCache } = await context.policy.cached({ provider: context.provider, modelId, input }, async () => {
        let prediction = await predictions.create(config.ref, input, { signal: request.signal, waitSeconds: 30 });
        try {
          while (prediction.status === 'starting' || prediction.status === 'processing') {
            await context.runtime.sleep(pollIntervalMs, request.signal);
            prediction = await predictions.get(prediction.id, request.signal);
          }
        } catch (error) {
          if (request.signal?.aborted) await predictions.cancel(prediction.id).catch(() => undefined);
          throw error;
        }
        if (prediction.status !== 'succeeded') {
          throw new ApiCallError({
            provider: context.provider,
            code: 'api_error',
            isRetryable: false,
            message: `Image prediction ${prediction.id} on ${modelId} ${prediction.status}: ${context.redact(String(prediction.error ?? 'no reason given'))}.`,
            hint: 'Rephrase the prompt or try another model.',
            requestId: prediction.id,
          });
        }
        const images = await collectOutputFiles(context, prediction.output, request.signal);
        return { images, usage: predictionUsage(prediction), requestId: prediction.id };
      });
      return { images: value.images, ...createCallMetadata(context, modelId, { ...value.usage, images: value.images.length }, { requestId: value.requestId, fromCache }) };
    },
  };
}
