export { createGuardedPipeline, type GuardedPipeline, type GuardedPipelineSettings, type GuardedStreamPart } from './guarded-pipeline.js';
export type { GuardedResult, GuardedTextTask } from './guarded-text-task.js';
export { createModerationCheck } from './moderation-check.js';
export { createOriginalityCheck } from './originality-check.js';
export { promptText } from './prompt-text.js';
export { recordGeneration, type RecordOutcome } from './record-generation.js';
export { runTextChecks } from './run-text-checks.js';
export type { TextCheck, TextCheckInput } from './text-check.js';
