import type { TextEdit } from '../screenplay/update-screenplay.js';
import { boundedEditDistance } from './edit-distance.js';
import type { LedgerEntry } from './ledger-entry.js';
import { locateSpan } from './locate-span.js';
import { diffToEdit, mapRangeThroughEdits } from './map-through-edits.js';
import { isAiSourceType } from './provenance-vocabulary.js';
import { createTextSpan, type TextSpan } from './text-span.js';

/** An AI-written span followed through later edits. */
export interface TrackedSpan {
  readonly entryId: string;
  /** The span as recorded in the ledger, i.e. as the AI wrote it. */
  readonly original: TextSpan;
  /** Where it is now; absent when lost. */
  readonly current?: TextSpan;
  /** `intact`: unchanged; `edited`: changed by less than the threshold; `lost`: gone or rewritten past it. */
  readonly status: 'intact' | 'edited' | 'lost';
  /** Edit distance between the original and current text divided by the original length; 1 when lost. */
  readonly editRatio: number;
}

/** What changed: the edits made, or the previous text (the change is then derived by a prefix/suffix diff). */
export type TextChange = { readonly edits: readonly TextEdit[] } | { readonly previous: string };

/** Similarity below which an edited span no longer counts as the AI's text; 0.6 by default. */
export interface TrackSpansOptions {
  readonly threshold?: number;
}

/**
 * The AI spans a ledger records, as placed: the starting point of tracking. Spans a later entry revised are left out —
 * only revisions among the first `revisionsFrom` entries when given (verification passes the signed prefix, so an
 * unsigned entry appended to the ledger cannot make signed AI text disappear).
 */
export function spansFromLedger(entries: readonly LedgerEntry[], revisionsFrom = entries.length): TrackedSpan[] {
  const revised = new Set(entries.slice(0, revisionsFrom).flatMap((entry) => (entry.type === 'event' && entry.source?.entryId !== undefined ? [entry.source.entryId] : [])));
  return entries.flatMap((entry) =>
    entry.type === 'event' && entry.span !== undefined && isAiSourceType(entry.digitalSourceType) && !revised.has(entry.id)
      ? [{ entryId: entry.id, original: entry.span, current: entry.span, status: 'intact' as const, editRatio: 0 }]
      : [],
  );
}

/**
 * Re-anchors every span in `next`. Fast path: map the span through the edits and compare; otherwise search by
 * quote and then approximately (see `locateSpan`). The edit ratio is always measured against the original text, so
 * it does not drift over many small edits. Lost spans are looked for again (an undo can bring them back).
 */
export function trackSpans(spans: readonly TrackedSpan[], next: string, change: TextChange, options: TrackSpansOptions = {}): TrackedSpan[] {
  const threshold = options.threshold ?? 0.6;
  const edits = 'edits' in change ? change.edits : [diffToEdit(change.previous, next)].filter((edit): edit is TextEdit => edit !== undefined);
  return spans.map((tracked) => {
    const reference = tracked.current ?? tracked.original;
    const mapped = tracked.current === undefined ? undefined : mapRangeThroughEdits(tracked.current, edits);
    if (mapped !== undefined && mapped.end > mapped.start) {
      const placed = classify(tracked, createTextSpan(next, mapped.start, mapped.end), threshold);
      if (placed.status !== 'lost') return placed;
    }
    const location = locateSpan(reference, next, { expectedStart: mapped?.start ?? reference.start, threshold });
    return location.span === undefined ? lost(tracked) : classify(tracked, location.span, threshold);
  });
}

/** Classifies a candidate placement by its distance from the original text. */
function classify(tracked: TrackedSpan, current: TextSpan, threshold: number): TrackedSpan {
  const length = tracked.original.exact.length;
  const distance = boundedEditDistance(tracked.original.exact, current.exact, Math.floor((1 - threshold) * length));
  if (distance === undefined) return lost(tracked);
  return { entryId: tracked.entryId, original: tracked.original, current, status: distance === 0 ? 'intact' : 'edited', editRatio: distance / length };
}

function lost(tracked: TrackedSpan): TrackedSpan {
  return { entryId: tracked.entryId, original: tracked.original, status: 'lost', editRatio: 1 };
}
