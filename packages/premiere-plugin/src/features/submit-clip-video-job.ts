import type { GuardedJobModel } from '@reelkit/core/guard';
import { type JobHandle, type PriceTable, type VideoOperationRequest } from '@reelkit/core/models';
import { submitVideoOperation } from '@reelkit/core/tasks/video';
import type { StoredJob } from '../jobs/job-store.js';
import { fileNameOf } from '../paths/file-name-of.js';
import type { FileStore } from '../ports/file-store.js';
import { mediaTypeForPath } from './media-type-for-path.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** Frame interpolation (`factor` frames per interval) or upscaling (`factor` 2 or 4) of a clip's media. */
export interface ClipVideoJob {
  readonly operation: 'interpolate' | 'upscale';
  readonly factor: number;
  readonly mediaPath: string;
  /** The clip's length: what video models bill by (estimate it with `estimateRunCost({ kind: 'video', seconds })`). */
  readonly seconds: number;
  /** The price key of the model doing this operation (Replicate's video model is two models behind one id). */
  readonly pricedAs: string;
}

/**
 * Uploads the clip's media with the core's `submitVideoOperation` on a guarded model (its finished file reaches the
 * project only through the guard's delivery); the returned job is what the tracker persists.
 */
export async function submitClipVideoJob(files: FileStore, model: GuardedJobModel<VideoOperationRequest>, job: ClipVideoJob, options: { readonly prices?: PriceTable; readonly signal?: AbortSignal } = {}): Promise<StoredJob & { readonly handle: JobHandle }> {
  const bytes = await files.readBytes(job.mediaPath);
  const filename = fileNameOf(job.mediaPath);
  const video = { bytes, filename, mediaType: mediaTypeForPath(job.mediaPath) };
  const { handle } = await submitVideoOperation({
    model,
    request: job.operation === 'interpolate' ? { operation: 'interpolate', video, multiplier: job.factor } : { operation: 'upscale', video, scale: job.factor },
    expectedSeconds: job.seconds,
    pricedAs: job.pricedAs,
    ...omitUndefined({ prices: options.prices, signal: options.signal }),
  });
  return { handle, label: `${job.operation === 'interpolate' ? `Interpolate ×${job.factor}` : `Upscale ×${job.factor}`} ${filename}` };
}
