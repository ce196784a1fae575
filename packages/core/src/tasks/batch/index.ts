// Provider batches (half price, within a day), checked and recorded like live calls.
export { collectGuardedBatch, type CollectedGuardedBatch, type CollectGuardedBatchRequest, type GuardedBatchItemResult } from './collect-guarded-batch.js';
export { sceneDescriptionBatchItems } from './scene-description-batch-items.js';
export { submitGuardedBatch, type GuardedBatchItem, type GuardedBatchJob, type SubmitGuardedBatchRequest, type SubmittedGuardedBatch } from './submit-guarded-batch.js';
