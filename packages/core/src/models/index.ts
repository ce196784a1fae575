export type { CallOptions } from './call-options.js';
export type { EmbeddingModel, EmbeddingRequest, EmbeddingResult } from './embedding-model.js';
export type { FileInput, GeneratedFile } from './generated-file.js';
export type { ImageModel, ImageRequest, ImageResult } from './image-model.js';
export type { JobHandle, JobModel, JobStatus } from './job.js';
export type { ModerationCategory, ModerationModel, ModerationRequest, ModerationResult, ModerationVerdict } from './moderation-model.js';
export type { MusicModel, MusicRequest } from './music-model.js';
export { createObjectSchema, type JsonSchema, type ObjectSchema } from './object-schema.js';
export { defaultPriceTable, estimateCost, findModelPrice, type ModelPrice, type PriceTable } from './price-table.js';
export type { SpeechFormat, SpeechModel, SpeechRequest, SpeechResult } from './speech-model.js';
export { messageText } from './text-model.js';
export type {
  FinishReason,
  MessagePart,
  ObjectRequest,
  ObjectResult,
  TextMessage,
  TextModel,
  TextRequest,
  TextResult,
  TextStreamPart,
} from './text-model.js';
export type { TextBatchItem, TextBatchItemResult, TextBatchModel } from './text-batch-model.js';
export type { TimedSegment, TimedWord, TranscriptionModel, TranscriptionRequest, TranscriptionResult } from './transcription-model.js';
export { addUsage, type CallMetadata, type Cost, type Usage } from './usage.js';
export type { FrameInterpolationRequest, UpscaleRequest, VideoOperationModel, VideoOperationRequest } from './video-model.js';
export { waitForJob, type FinishedJob, type WaitForJobOptions } from './wait-for-job.js';
export { addCost, noCost } from './add-cost.js';
