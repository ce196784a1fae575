// The guard: wraps models so every generation is checked and recorded (DESIGN §2.2).
export { createGuard, type Guard, type GuardSettings } from './create-guard.js';
export { deliverMedia, type DeliveredFile, type MediaRecord } from './deliver-media.js';
export type { GuardContext } from './guard-context.js';
export {
  guardEmbeddingModel,
  guardImageModel,
  guardJobModel,
  guardSpeechModel,
  guardTranscriptionModel,
  type GuardedEmbeddingModel,
  type GuardedImageModel,
  type GuardedJobModel,
  type GuardedSpeechModel,
  type GuardedTranscriptionModel,
} from './guard-media-models.js';
export { guardTextModel, type GuardedObjectRequest, type GuardedStreamPart, type GuardedTextModel, type GuardedTextRequest } from './guard-text-model.js';
export { guardedMark, isGuarded } from './guarded-mark.js';
export type { GenerationRecord, GuardedResult } from './guarded-result.js';
export { createFountainLanguageCheck, createLanguageCheck } from './language-check.js';
export { createModerationCheck } from './moderation-check.js';
export { createOriginalityCheck } from './originality-check.js';
export { promptText } from './prompt-text.js';
export { recordMediaEvent, type MediaEventInput, type MediaEventOutcome } from './record-media-event.js';
export { recordGeneration, type RecordOutcome } from './record-generation.js';
export { runTextChecks } from './run-text-checks.js';
export { signMediaFile, type SignedMediaFile } from './sign-media-file.js';
export type { TextCheck, TextCheckInput } from './text-check.js';
