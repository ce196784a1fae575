import type { JobHandle } from '../../models/job.js';
import type { PriceTable } from '../../models/price-table.js';
import type { Cost } from '../../models/usage.js';
import type { VideoOperationModel, VideoOperationRequest } from '../../models/video-model.js';
import { estimateVideoOperationCost } from './estimate-video-operation-cost.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** A video operation to start. */
export interface SubmitVideoOperationRequest {
  readonly model: VideoOperationModel;
  readonly request: VideoOperationRequest;
  /** Compute seconds the job is expected to take, for the estimate (video models bill by the second). */
  readonly expectedSeconds?: number;
  /** The price key of the model doing this operation, e.g. `lucataco/real-esrgan-video`; `model.modelId` by default. */
  readonly pricedAs?: string;
  /** The same overrides the provider was given; the defaults otherwise. */
  readonly prices?: PriceTable;
  readonly signal?: AbortSignal;
}

/** A submitted operation: the JSON handle to persist, and what it should cost when the price is known. */
export interface SubmittedVideoOperation {
  readonly handle: JobHandle;
  /** Absent when the price table has no per-second price for the model or no duration was expected. */
  readonly estimate?: Cost;
}

/** Submits frame interpolation or upscaling; show `estimate` before the user commits to long jobs. */
export async function submitVideoOperation(request: SubmitVideoOperationRequest): Promise<SubmittedVideoOperation> {
  const estimate = estimateVideoOperationCost(request.model.provider, request.pricedAs ?? request.model.modelId, request.expectedSeconds, request.prices);
  const handle = await request.model.submit(request.request, request.signal === undefined ? {} : { signal: request.signal });
  return { handle, ...omitUndefined({ estimate }) };
}
