import type { FileInput, GeneratedFile } from './generated-file.js';
import type { JobModel } from './job.js';

/** Frame interpolation: more frames between the frames a clip has (slow motion, frame-rate conversion). */
export interface FrameInterpolationRequest {
  readonly operation: 'interpolate';
  readonly video: FileInput;
  /** Frames made per original frame interval, e.g. 2 doubles the frame rate. */
  readonly multiplier: number;
  readonly targetFps?: number;
}

/** Upscaling: a higher-resolution copy of a clip. */
export interface UpscaleRequest {
  readonly operation: 'upscale';
  readonly video: FileInput;
  /** 2 or 4 on most models. */
  readonly scale: number;
}

/** One video operation. */
export type VideoOperationRequest = FrameInterpolationRequest | UpscaleRequest;

/** A video-operation model: long jobs that produce a video file. */
export type VideoOperationModel = JobModel<VideoOperationRequest, GeneratedFile>;
