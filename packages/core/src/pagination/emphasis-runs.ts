import type { EmphasisStyle } from '../screenplay/screenplay-element.js';
import type { PrintedRun } from './printed-page.js';

/** The emphasis of the text between two offsets of an element, as runs relative to the first offset. */
export type EmphasisLookup = (start: number, end: number) => PrintedRun[];

/** An emphasised span of an element's text (an `InlineSpan`, or a run the title page parses). */
export interface EmphasisSpan {
  readonly style: EmphasisStyle;
  readonly start: number;
  readonly end: number;
}

/**
 * An index over an element's emphasis spans for looking up one printed line at a time. Spans are sorted by start
 * with the running maximum of their ends, so a line visits only the spans that can reach it rather than all of
 * them: a paragraph of many pages with many spans stays linear.
 */
export function createEmphasisLookup(spans: readonly EmphasisSpan[]): EmphasisLookup {
  if (spans.length === 0) return () => [];
  const sorted = [...spans].sort((first, second) => first.start - second.start);
  const reach: number[] = [];
  let furthest = 0;
  for (const span of sorted) {
    furthest = Math.max(furthest, span.end);
    reach.push(furthest);
  }
  return (start, end) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] as EmphasisSpan).start < end) low = middle + 1;
      else high = middle;
    }
    const runs: PrintedRun[] = [];
    for (let index = low - 1; index >= 0 && (reach[index] as number) > start; index -= 1) {
      const span = sorted[index] as EmphasisSpan;
      if (span.end > start) runs.push({ style: span.style, start: Math.max(span.start, start) - start, end: Math.min(span.end, end) - start });
    }
    return runs.reverse();
  };
}
