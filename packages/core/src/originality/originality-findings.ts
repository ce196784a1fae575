import { createLineIndex, positionAt } from '../text/line-index.js';
import type { Finding } from '../findings/finding.js';
import type { VerbatimOverlap } from './find-verbatim-overlaps.js';

const quote = (text: string, limit = 160): string => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
};

/** Findings for overlaps, placed in the output text and quoting both sides. */
export function originalityFindings(output: string, overlaps: readonly VerbatimOverlap[]): Finding[] {
  const lines = createLineIndex(output);
  return overlaps.map((overlap) => ({
    ruleId: 'originality.verbatim-overlap',
    category: 'originality',
    severity: 'warning',
    message: `${overlap.words} words are copied verbatim from ${overlap.referenceName}.`,
    range: { start: positionAt(lines, overlap.outputStart), end: positionAt(lines, overlap.outputEnd) },
    evidence: `Generated: "${quote(overlap.outputText)}" — ${overlap.referenceName}: "${quote(overlap.referenceText)}"`,
    suggestion: 'Rewrite the passage in new words, or quote and credit the source.',
  }));
}
