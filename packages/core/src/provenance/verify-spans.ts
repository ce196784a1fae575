import type { LedgerEntry } from './ledger-entry.js';
import type { LedgerIssue } from './ledger-issue.js';
import { locateSpan } from './locate-span.js';
import type { LedgerLine } from './parse-ledger.js';
import { spansFromLedger, type TrackedSpan } from './track-spans.js';

/**
 * Finds every AI span of the ledger in the document and says which moved, were edited or are missing. Revisions count
 * only among the first `signedEntries` entries (all when nothing is signed): an unsigned revision is reported instead.
 */
export function verifySpans(entries: readonly LedgerEntry[], lines: readonly LedgerLine[], document: string, threshold = 0.6, signedEntries = 0): { spans: TrackedSpan[]; issues: LedgerIssue[] } {
  const lineOf = new Map(lines.flatMap((line) => (line.entry === undefined ? [] : [[line.entry.id, line.line] as const])));
  const issues: LedgerIssue[] = [];
  const trusted = signedEntries === 0 ? entries.length : signedEntries;
  const aiEntries = new Set(spansFromLedger(entries, 0).map((span) => span.entryId));
  for (const entry of entries.slice(trusted)) {
    if (entry.type !== 'event' || entry.source?.entryId === undefined || !aiEntries.has(entry.source.entryId)) continue;
    issues.push({
      kind: 'unsigned-revision',
      severity: 'warning',
      entryId: entry.id,
      line: lineOf.get(entry.id) ?? 0,
      message: `Entry ${entry.id} says it revised the AI text of entry ${entry.source.entryId}, but it comes after the last valid checkpoint: unsigned, it does not change what the signed ledger establishes, so that text still counts as AI-written.`,
    });
  }
  const spans = spansFromLedger(entries, trusted).map((recorded): TrackedSpan => {
    const at = { entryId: recorded.entryId, line: lineOf.get(recorded.entryId) ?? 0 };
    const { original } = recorded;
    const location = locateSpan(original, document, { threshold });
    const preview = quote(original.exact);
    if (location.span === undefined) {
      issues.push({ kind: 'missing-span', severity: 'warning', ...at, message: `The AI text of entry ${recorded.entryId} (${preview}) is no longer in the document.` });
      return { entryId: recorded.entryId, original, status: 'lost', editRatio: 1 };
    }
    const moved = location.span.start !== original.start;
    if (location.status === 'edited') {
      const percent = Math.round((1 - location.similarity) * 100);
      issues.push({ kind: 'edited-span', severity: 'info', ...at, message: `The AI text of entry ${recorded.entryId} (${preview}) was edited (${percent}% changed) and is now at ${location.span.start}–${location.span.end}.` });
      return { entryId: recorded.entryId, original, current: location.span, status: 'edited', editRatio: 1 - location.similarity };
    }
    if (moved) {
      issues.push({ kind: 'moved-span', severity: 'info', ...at, message: `The AI text of entry ${recorded.entryId} (${preview}) moved from ${original.start} to ${location.span.start}.` });
    }
    return { entryId: recorded.entryId, original, current: location.span, status: 'intact', editRatio: 0 };
  });
  return { spans, issues };
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine}"`;
}
