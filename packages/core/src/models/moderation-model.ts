import type { CallOptions } from './call-options.js';
import type { CallMetadata } from './usage.js';

/** Texts to check. */
export interface ModerationRequest extends CallOptions {
  readonly inputs: readonly string[];
}

/** The verdict of one category, e.g. `violence`. */
export interface ModerationCategory {
  readonly flagged: boolean;
  /** 0..1, the provider's confidence. */
  readonly score: number;
}

/** The verdict on one input. */
export interface ModerationVerdict {
  readonly flagged: boolean;
  readonly categories: Readonly<Record<string, ModerationCategory>>;
}

/** One verdict per input, in input order. */
export interface ModerationResult extends CallMetadata {
  readonly verdicts: readonly ModerationVerdict[];
}

/** A content moderation model. Fiction depicts violence: callers decide what a flag means. */
export interface ModerationModel {
  readonly provider: string;
  readonly modelId: string;
  moderate(request: ModerationRequest): Promise<ModerationResult>;
}
