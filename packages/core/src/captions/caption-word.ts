import type { TimedWord } from '../models/transcription-model.js';

/** A timed word with the optional speaker label and confidence some transcription models report. */
export interface CaptionWord extends TimedWord {
  readonly speaker?: string;
  /** 0..1. */
  readonly confidence?: number;
}
