import { AbortError } from '../errors/abort-error.js';
import { ApiCallError } from '../errors/api-call-error.js';
import { ReelkitError } from '../errors/reelkit-error.js';
import type { Runtime } from '../runtime/runtime.js';
import type { JobHandle, JobModel, JobStatus } from './job.js';
import type { CallMetadata } from './usage.js';

/** How to wait for a job. */
export interface WaitForJobOptions {
  readonly runtime: Pick<Runtime, 'sleep'>;
  readonly signal?: AbortSignal;
  /** Time between polls; defaults to 2 s. */
  readonly intervalMs?: number;
  /** Called after every poll, e.g. to move a progress bar. */
  readonly onStatus?: (status: JobStatus<unknown>) => void;
}

/** A finished job's output with its metadata. */
export interface FinishedJob<Output> {
  readonly output: Output;
  readonly metadata: CallMetadata;
}

/**
 * Polls a job until it ends. On abort the job is cancelled at the provider (best effort) and the promise rejects
 * with an AbortError; a failed or cancelled job rejects with an ApiCallError naming the job.
 */
export async function waitForJob<Output>(
  model: JobModel<unknown, Output>,
  handle: JobHandle,
  options: WaitForJobOptions,
): Promise<FinishedJob<Output>> {
  const { signal } = options;
  try {
    for (;;) {
      const status = await model.poll(handle, signal === undefined ? {} : { signal });
      options.onStatus?.(status);
      if (status.state === 'succeeded') return { output: status.output, metadata: status.metadata };
      if (status.state === 'failed' || status.state === 'canceled') {
        throw new ApiCallError({
          provider: handle.provider,
          code: 'api_error',
          isRetryable: false,
          message: `${handle.kind} job ${handle.id} on ${handle.modelId} ${status.state === 'failed' ? `failed: ${status.error}` : 'was cancelled'}.`,
          hint: status.state === 'failed' ? 'Check the inputs, or try another model.' : 'Submit it again to retry.',
        });
      }
      await options.runtime.sleep(options.intervalMs ?? 2000, signal);
    }
  } catch (error) {
    if (signal?.aborted) {
      // Stop paying for work nobody will use; the caller's abort wins whatever the cancel does.
      await model.cancel(handle).catch(() => undefined);
      throw ReelkitError.hasCode(error, 'aborted') ? error : new AbortError(`${handle.kind} job`, signal.reason);
    }
    throw error;
  }
}
