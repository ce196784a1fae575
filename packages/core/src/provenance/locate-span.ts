import { findApproximate } from './edit-distance.js';
import { createTextSpan, type TextSpan } from './text-span.js';

/** How a span was found: at its expected place, by its exact quote elsewhere, by approximate match, or not at all. */
export type SpanLocationMethod = 'position' | 'quote' | 'fuzzy' | 'none';

/** Where a recorded span is in the current text. */
export interface SpanLocation {
  /** `intact`: the same text; `edited`: similar text (see `similarity`); `lost`: not found or rewritten past the threshold. */
  readonly status: 'intact' | 'edited' | 'lost';
  readonly method: SpanLocationMethod;
  /** The span in the current text; absent when lost. */
  readonly span?: TextSpan;
  /** 1 − edit distance / quote length; 0 when lost. */
  readonly similarity: number;
}

/** Tuning for {@link locateSpan}. */
export interface LocateSpanOptions {
  /** Where the span is expected to start now (its old start mapped through the edits); defaults to the recorded start. */
  readonly expectedStart?: number;
  /** Lowest similarity that still counts as the same passage; 0.6 by default. */
  readonly threshold?: number;
  /** Texts longer than this are searched approximately only near the expected place; 200 000 by default. */
  readonly fullSearchLimit?: number;
}

/**
 * Finds a recorded quote in the current text: at the expected offset; else every exact occurrence, ranked by how
 * much of the recorded prefix/suffix surrounds it, then by distance from the expected place; else the closest
 * approximate match (near the expected place first, then anywhere); else reports it lost. Never throws.
 */
export function locateSpan(span: TextSpan, text: string, options: LocateSpanOptions = {}): SpanLocation {
  const { threshold = 0.6, fullSearchLimit = 200_000 } = options;
  const expected = options.expectedStart ?? span.start;
  const length = span.exact.length;
  if (length === 0) return { status: 'lost', method: 'none', similarity: 0 };
  if (text.startsWith(span.exact, expected)) return found('intact', 'position', text, expected, expected + length, 1);
  const quoted = findQuote(span, text, expected);
  if (quoted !== undefined) return found('intact', 'quote', text, quoted, quoted + length, 1);
  const max = Math.floor((1 - threshold) * length);
  const window = Math.max(1_000, 4 * length);
  const near =
    findApproximate(span.exact, text, max, expected - window, expected + length + window, expected + length) ??
    (text.length <= fullSearchLimit ? findApproximate(span.exact, text, max, 0, text.length, expected + length) : undefined);
  if (near === undefined) return { status: 'lost', method: 'none', similarity: 0 };
  return found('edited', 'fuzzy', text, near.start, near.end, 1 - near.distance / length);
}

function found(status: 'intact' | 'edited', method: SpanLocationMethod, text: string, start: number, end: number, similarity: number): SpanLocation {
  return { status, method, span: createTextSpan(text, start, end), similarity };
}

function findQuote(span: TextSpan, text: string, expected: number): number | undefined {
  let best: { at: number; score: number } | undefined;
  for (let at = text.indexOf(span.exact); at !== -1; at = text.indexOf(span.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - span.prefix.length), at);
    const after = text.slice(at + span.exact.length, at + span.exact.length + span.suffix.length);
    const score = commonSuffix(span.prefix, before) + commonPrefix(span.suffix, after);
    const closer = best !== undefined && score === best.score && Math.abs(at - expected) < Math.abs(best.at - expected);
    if (best === undefined || score > best.score || closer) best = { at, score };
  }
  return best?.at;
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return length;
}

function commonSuffix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length += 1;
  return length;
}
