import type { Finding, FindingCategory } from '@reelkit/core/findings';

const checkNames: Partial<Record<FindingCategory, string>> = { language: 'Inclusive language', moderation: 'Moderation', originality: 'Originality', provenance: 'Provenance' };

/** A finding on a generated passage as the suggestion view shows it. */
export interface FindingLines {
  /** Which check spoke, and what it found. */
  readonly heading: string;
  /** The evidence when the message does not already quote it, then the suggested fix. */
  readonly details: readonly string[];
}

/** What the writer reads under a suggestion for one of the guard's findings (language lint, moderation, originality, ledger). */
export function describeFinding(finding: Finding): FindingLines {
  const check = checkNames[finding.category];
  const evidence = finding.evidence !== undefined && !finding.message.includes(finding.evidence) ? [finding.evidence] : [];
  const suggestion = finding.suggestion === undefined ? [] : [`Suggestion: ${finding.suggestion}`];
  return { heading: check === undefined ? finding.message : `${check}: ${finding.message}`, details: [...evidence, ...suggestion] };
}
