import type { CallOptions } from './call-options.js';
import type { CallMetadata } from './usage.js';

/** Audio to transcribe. */
export interface TranscriptionRequest extends CallOptions {
  readonly audio: Uint8Array;
  readonly filename: string;
  readonly mediaType: string;
  /** ISO-639-1 language of the audio, when known (improves accuracy). */
  readonly language?: string;
  /** Spellings to prefer: character names, places (from the script or story bible). */
  readonly prompt?: string;
}

/** One timed word, in seconds from the start of the audio. */
export interface TimedWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One timed segment (roughly a sentence). */
export interface TimedSegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A transcript with word timings, the raw material for captions and Premiere transcripts. */
export interface TranscriptionResult extends CallMetadata {
  readonly text: string;
  readonly language?: string;
  readonly durationSeconds?: number;
  readonly words: readonly TimedWord[];
  readonly segments: readonly TimedSegment[];
}

/** A speech-to-text model that reports word timings. */
export interface TranscriptionModel {
  readonly provider: string;
  readonly modelId: string;
  transcribe(request: TranscriptionRequest): Promise<TranscriptionResult>;
}
