import type { Finding } from '../findings/finding.js';
import type { ReferenceText } from '../originality/find-verbatim-overlaps.js';

/** What a check is looking at: the prompt before the call, or the model's output after it. */
export interface TextCheckInput {
  readonly stage: 'prompt' | 'output';
  readonly text: string;
  /** The task, e.g. `logline`, for messages and rule choice. */
  readonly task: string;
  /** Texts placed in the prompt (the chapter being adapted, the scene being continued), for originality. */
  readonly references: readonly ReferenceText[];
  readonly signal?: AbortSignal;
}

/**
 * One check of the guard. Returns findings as data; a check that fails to run is reported as a
 * finding by the guard, never allowed to sink the generation.
 */
export interface TextCheck {
  /** Stable id, e.g. `moderation`, `originality`, `language`. */
  readonly id: string;
  readonly stages: readonly ('prompt' | 'output')[];
  run(input: TextCheckInput): Promise<readonly Finding[]> | readonly Finding[];
}
