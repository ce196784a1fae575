import type { CallOptions } from './call-options.js';
import type { CallMetadata } from './usage.js';

/**
 * A long-running job, as plain JSON: persist it (e.g. in panel state) and poll it again after a reload.
 */
export interface JobHandle {
  readonly provider: string;
  readonly modelId: string;
  /** The provider's job id, e.g. a Replicate prediction id. */
  readonly id: string;
  /** What the job produces, e.g. `music`, `video.upscale`. */
  readonly kind: string;
  /** When it was submitted, milliseconds since the epoch. */
  readonly submittedAt: number;
}

/** Where a job stands. `output` and metadata come only with success. */
export type JobStatus<Output> =
  | { readonly state: 'queued' | 'running'; readonly progress?: number }
  | { readonly state: 'succeeded'; readonly output: Output; readonly metadata: CallMetadata }
  | { readonly state: 'failed'; readonly error: string }
  | { readonly state: 'canceled' };

/** A model whose work is submitted, then polled until it ends. */
export interface JobModel<Input, Output> {
  readonly provider: string;
  readonly modelId: string;
  submit(input: Input, options?: CallOptions): Promise<JobHandle>;
  poll(handle: JobHandle, options?: CallOptions): Promise<JobStatus<Output>>;
  cancel(handle: JobHandle, options?: CallOptions): Promise<void>;
}
