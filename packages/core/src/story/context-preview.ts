import type { Cost, Usage } from '../models/usage.js';

/** Why an entry is in the context. */
export type InclusionReason =
  | { readonly kind: 'mentioned'; readonly sectionId: string; readonly text: string }
  | { readonly kind: 'pinned'; readonly text: string }
  | { readonly kind: 'always'; readonly text: string }
  | { readonly kind: 'linked'; readonly fromEntryId: string; readonly text: string };

/** An entry that is sent, with the reason shown to the user. */
export interface IncludedEntry {
  readonly entryId: string;
  readonly name: string;
  readonly reason: InclusionReason;
  /** Tokens of this entry's block. */
  readonly tokens: number;
  /** Progressions in force at the cursor, as sent. */
  readonly progressions: readonly string[];
}

/** An entry that qualified but did not fit the budget. */
export interface CutEntry {
  readonly entryId: string;
  readonly name: string;
  readonly reason: InclusionReason;
  readonly tokens: number;
  /** Why it was cut, e.g. `needs 120 tokens, 40 left of 1000`. */
  readonly why: string;
}

/** An entry that would have qualified but is never sent. */
export interface SkippedEntry {
  readonly entryId: string;
  readonly name: string;
  readonly why: 'private' | 'never' | 'manual-not-pinned';
  readonly reason: InclusionReason;
}

/** Exactly what will be sent and why, what was left out, and what it costs. */
export interface ContextPreview {
  /** The context text, byte for byte as it will be sent. */
  readonly text: string;
  /** Tokens of `text` by the counter in use. */
  readonly tokens: number;
  readonly budgetTokens: number;
  readonly included: readonly IncludedEntry[];
  readonly cut: readonly CutEntry[];
  readonly skipped: readonly SkippedEntry[];
  /** Input (context plus any prompt tokens given) and expected output tokens, when a model was given. */
  readonly usage?: Usage;
  readonly cost?: Cost;
}
