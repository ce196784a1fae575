import { parseLedger, spansFromLedger, trackSpans, type TrackedSpan } from '@reelkit/core/provenance';

/**
 * The AI-written spans of a note now: the ledger's placed spans found again in the current text (by position, then
 * by quote, then approximately), lost ones left out. Never throws on a damaged ledger: unreadable lines are skipped.
 */
export function aiSpansInNote(ledgerText: string | undefined, noteText: string): TrackedSpan[] {
  if (ledgerText === undefined || ledgerText === '') return [];
  const spans = spansFromLedger(parseLedger(ledgerText).entries);
  return trackSpans(spans, noteText, { previous: noteText }).filter((span) => span.status !== 'lost' && span.current !== undefined);
}
