import type { SourceRange } from '../text/source-range.js';

/** How much a finding matters to the writer. */
export type FindingSeverity = 'info' | 'warning' | 'error';

/** What area of checking produced a finding. */
export type FindingCategory = 'representation' | 'language' | 'moderation' | 'originality' | 'provenance' | 'continuity' | 'format' | 'timing';

/**
 * One observation about the user's content. Checks return findings as data and never throw on user content; hosts
 * turn them into diagnostics, notices or report rows.
 */
export interface Finding {
  /** Stable id of the rule, e.g. `lang.gendered-job-title`; safe to store in "dismissed" lists. */
  readonly ruleId: string;
  readonly category: FindingCategory;
  readonly severity: FindingSeverity;
  /** One sentence a writer understands. */
  readonly message: string;
  /** Where in the source text, when the finding is about a place. */
  readonly range?: SourceRange;
  /** The text or facts the finding rests on, quoted. */
  readonly evidence?: string;
  /** A replacement or next step, when there is one. */
  readonly suggestion?: string;
  /** Where to read more. */
  readonly url?: string;
}
