// Video operations (frame interpolation, upscaling) as jobs, with their cost.
export { collectVideoOperation, type CollectVideoOperationRequest, type VideoOperationResult } from './collect-video-operation.js';
export { estimateVideoOperationCost } from './estimate-video-operation-cost.js';
export { submitVideoOperation, type SubmittedVideoOperation, type SubmitVideoOperationRequest } from './submit-video-operation.js';
