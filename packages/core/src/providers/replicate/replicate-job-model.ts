import type { Prediction } from 'replicate';
import type { GeneratedFile } from '../../models/generated-file.js';
import type { JobModel, JobStatus } from '../../models/job.js';
import { createCallMetadata, type ProviderContext } from '../provider-context.js';
import { collectOutputFiles } from './collect-output-files.js';
import type { ReplicatePredictions } from './replicate-predictions.js';
import { formatReplicateModelRef, type ReplicateModelRef } from './replicate-model-ref.js';

/** A Replicate model with the mapping from our request to its input schema. */
export interface ReplicateModelConfig<Request> {
  readonly ref: ReplicateModelRef;
  readonly toInput: (request: Request) => Record<string, unknown>;
}

/** The usage Replicate reports for a prediction: billed compute seconds. */
export const predictionUsage = (prediction: Prediction): { seconds?: number } =>
  prediction.metrics?.predict_time === undefined ? {} : { seconds: prediction.metrics.predict_time };

/** A long-running Replicate model (music, video operations) as submit / poll / cancel with a JSON job handle. */
export function createReplicateJobModel<Request>(
  context: ProviderContext,
  predictions: ReplicatePredictions,
  kind: string,
  config: ReplicateModelConfig<Request>,
): JobModel<Request, GeneratedFile> {
  const modelId = formatReplicateModelRef(config.ref);
  return {
    provider: context.provider,
    modelId,
    async submit(request, options = {}) {
      const prediction = await predictions.create(config.ref, config.toInput(request), { signal: options.signal });
      return { provider: context.provider, modelId, id: prediction.id, kind, submittedAt: context.runtime.now() };
    },
    async poll(handle, options = {}): Promise<JobStatus<GeneratedFile>> {
      const prediction = await predictions.get(handle.id, options.signal);
      switch (prediction.status) {
        case 'starting':
          return { state: 'queued' };
        case 'processing':
          return { state: 'running' };
        case 'failed':
          return { state: 'failed', error: context.redact(String(prediction.error ?? 'unknown error')) };
        case 'canceled':
          return { state: 'canceled' };
        default: {
          const [file] = await collectOutputFiles(context, prediction.output, options.signal);
          return { state: 'succeeded', output: file as GeneratedFile, metadata: createCallMetadata(context, handle.modelId, predictionUsage(prediction), { requestId: prediction.id }) };
        }
      }
    },
    async cancel(handle, options = {}) {
      await predictions.cancel(handle.id, options.signal);
    },
  };
}
