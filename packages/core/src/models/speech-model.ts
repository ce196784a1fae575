import type { CallOptions } from './call-options.js';
import type { GeneratedFile } from './generated-file.js';
import type { CallMetadata } from './usage.js';

/** Audio container a speech model can produce. */
export type SpeechFormat = 'mp3' | 'wav' | 'opus' | 'aac' | 'flac' | 'pcm';

/** Text to speak. */
export interface SpeechRequest extends CallOptions {
  readonly text: string;
  readonly voice?: string;
  readonly format?: SpeechFormat;
  /** 0.25..4, where supported; dubbing uses it to fit cue timing. */
  readonly speed?: number;
  /** Delivery notes (tone, accent) for models that take them. */
  readonly instructions?: string;
}

/** Spoken audio. */
export interface SpeechResult extends CallMetadata {
  readonly audio: GeneratedFile;
}

/** A text-to-speech model (dubbing, audio descriptions). */
export interface SpeechModel {
  readonly provider: string;
  readonly modelId: string;
  synthesize(request: SpeechRequest): Promise<SpeechResult>;
}
