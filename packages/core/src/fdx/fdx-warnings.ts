import type { Finding, FindingSeverity } from '../findings/finding.js';
import type { SourceRange } from '../text/source-range.js';

/** Stable ids of what an FDX conversion reports instead of failing. */
export type FdxRuleId =
  | 'fdx.unknown-paragraph-type'
  | 'fdx.shot-as-action'
  | 'fdx.emphasis-simplified'
  | 'fdx.document-type'
  | 'fdx.scene-number-dropped'
  | 'fdx.extra-dual-cue'
  | 'fdx.boneyard-dropped'
  | 'fdx.title-key-as-contact'
  | 'fdx.trailing-page-break'
  | 'fdx.invalid-xml-character';

/** One kind of observation, said once for all its occurrences. */
export interface FdxWarning {
  readonly ruleId: FdxRuleId;
  readonly severity: FindingSeverity;
  /** Quoted in the finding; also what tells two warnings of one rule apart (one per unknown type). */
  readonly evidence?: string;
  /** Where the first occurrence is: in the FDX when reading, in the Fountain when writing. */
  readonly range?: SourceRange;
  /** The message, given how many times it happened. */
  readonly describe: (count: number) => string;
}

/** Collects warnings, one finding per rule and evidence, so a 120-page script does not repeat one line 400 times. */
export class FdxWarnings {
  private readonly seen = new Map<string, { warning: FdxWarning; count: number }>();

  /** Records one occurrence. */
  add(warning: FdxWarning): void {
    const key = `${warning.ruleId}\u0000${warning.evidence ?? ''}`;
    const entry = this.seen.get(key);
    if (entry === undefined) this.seen.set(key, { warning, count: 1 });
    else entry.count += 1;
  }

  /** The findings, in the order their first occurrence was met. */
  findings(): Finding[] {
    return [...this.seen.values()].map(({ warning, count }) => ({
      ruleId: warning.ruleId,
      category: 'format',
      severity: warning.severity,
      message: warning.describe(count),
      ...(warning.range === undefined ? {} : { range: warning.range }),
      ...(warning.evidence === undefined ? {} : { evidence: warning.evidence }),
    }));
  }
}

