import Replicate, { type Prediction } from 'replicate';
import type { ProviderContext } from '../provider-context.js';
import { normalizeReplicateError } from './normalize-replicate-error.js';
import { createReplicateFetch } from './replicate-fetch.js';
import { formatReplicateModelRef, type ReplicateModelRef } from './replicate-model-ref.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** Prediction calls made through the call policy. */
export interface ReplicatePredictions {
  /** Creates a prediction; `waitSeconds` asks Replicate to hold the answer until done (at most 60). */
  create(ref: ReplicateModelRef, input: Record<string, unknown>, options: { signal?: AbortSignal | undefined; waitSeconds?: number }): Promise<Prediction>;
  get(id: string, signal?: AbortSignal): Promise<Prediction>;
  cancel(id: string, signal?: AbortSignal): Promise<Prediction>;
}

/** Wraps the official replicate SDK client so every call goes through the provider's call policy. */
export function createReplicatePredictions(context: ProviderContext, apiToken: string, baseURL: string): ReplicatePredictions {
  const client = new Replicate({
    auth: apiToken,
    baseUrl: baseURL,
    fetch: createReplicateFetch(context),
    // We fetch file outputs ourselves (as bytes, through the policy); FileOutput streams would bypass it.
    useFileOutput: false,
  });
  const normalizeError = (error: unknown) => normalizeReplicateError(error, context.provider, context.redact);
  return {
    create: (ref, input, { signal, waitSeconds }) =>
      context.policy.execute({
        operation: `${context.provider} prediction (${formatReplicateModelRef(ref)})`,
        signal,
        attempt: (attemptSignal) =>
          client.predictions.create({
            ...(ref.version === undefined ? { model: `${ref.owner}/${ref.name}` } : { version: ref.version }),
            input,
            ...omitUndefined({ wait: waitSeconds }),
            signal: attemptSignal,
          }),
        normalizeError,
      }),
    get: (id, signal) =>
      context.policy.execute({
        operation: `${context.provider} prediction ${id}`,
        signal,
        attempt: (attemptSignal) => client.predictions.get(id, { signal: attemptSignal }),
        normalizeError,
      }),
    cancel: (id, signal) =>
      context.policy.execute({
        operation: `cancelling ${context.provider} prediction ${id}`,
        signal,
        attempt: (attemptSignal) => client.predictions.cancel(id, { signal: attemptSignal }),
        normalizeError,
      }),
  };
}
