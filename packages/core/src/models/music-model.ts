import type { FileInput, GeneratedFile } from './generated-file.js';
import type { JobModel } from './job.js';

/** A music cue to compose. */
export interface MusicRequest {
  /** Mood, instrumentation, tempo: e.g. "tense strings, 90 bpm, no percussion". */
  readonly prompt: string;
  readonly durationSeconds: number;
  /** A reference melody or track to follow, where the model supports it. */
  readonly reference?: FileInput;
  readonly seed?: number;
}

/** A music model: long jobs that produce audio. */
export type MusicModel = JobModel<MusicRequest, GeneratedFile>;
