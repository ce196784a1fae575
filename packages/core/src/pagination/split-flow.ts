import { textColumns } from './character-columns.js';
import type { BlockSplit, FlowBlock } from './layout-block.js';
import type { PageGeometry } from './page-geometry.js';
import { sentenceBreaks, type SentenceBreak } from './sentence-breaks.js';
import { wrapPart } from './text-part.js';
import type { WrappedLine } from './wrap-line.js';

/** `sentence`: Final Draft's rules, at sentence ends only; `line`: anywhere, for a block taller than a whole page. */
export type SplitMode = 'sentence' | 'line';

/** Lines a split must leave on each side of the page break. */
export const minimumSplitLines = 2;

// Final Draft will not end a page on a short last line of a split paragraph (12 characters or fewer, as JumpCut
// measured): "before her." alone under two lines moves the whole paragraph instead.
const runtColumns = 12;

/** The breaks a paragraph offers in its first `lines`: every line end, or the sentence ends among them. */
export function breakCandidates(text: string, start: number, end: number, lines: readonly WrappedLine[], mode: SplitMode): SentenceBreak[] {
  if (mode === 'line') return lines.filter((line) => line.next < end).map((line) => ({ end: line.end, next: line.next }));
  const last = lines[lines.length - 1];
  return sentenceBreaks(text, start, Math.min(end, (last?.next ?? end) + 1));
}

/** For breaks in text order, the number of lines above each: the line holding its last character, plus one. */
export function linesAbove(lines: readonly WrappedLine[]): (breakAt: SentenceBreak) => number {
  let index = 0;
  return (breakAt) => {
    while (index < lines.length - 1 && (lines[index] as WrappedLine).next <= breakAt.end - 1) index += 1;
    return index + 1;
  };
}

/**
 * Cuts action (or lyrics) so its first lines end this page: at the last sentence end that leaves at least two
 * lines above and two below and no short last line above, the lower part re-wrapped from the next sentence.
 * Headings, transitions and centred text never split by the rules; in `line` mode (a block taller than a page)
 * anything splits after `available` lines.
 */
export function splitFlow(block: FlowBlock, available: number, geometry: PageGeometry, mode: SplitMode): BlockSplit | undefined {
  if (mode === 'sentence' && block.kind !== 'action' && block.kind !== 'lyrics') return undefined;
  const style = geometry.flow[block.kind];
  const { part } = block;
  const lines = wrapPart(part, style, available + 1);
  const minimum = mode === 'sentence' ? minimumSplitLines : 1;
  const above = linesAbove(lines);
  const fitting: { at: SentenceBreak; height: number }[] = [];
  for (const at of breakCandidates(part.text, part.start, part.end, lines.slice(0, available), mode)) {
    const height = above(at);
    if (height > available) break;
    if (height < minimum) continue;
    if (mode === 'sentence' && textColumns(part.text.slice((lines[height - 1] as WrappedLine).start, at.end).trim()) <= runtColumns) continue;
    fitting.push({ at, height });
  }
  // The latest break whose lower part is long enough; checked from the last, so usually only once.
  let chosen: { at: SentenceBreak; height: number } | undefined;
  for (let index = fitting.length - 1; index >= 0 && chosen === undefined; index -= 1) {
    const candidate = fitting[index] as { at: SentenceBreak; height: number };
    if (wrapPart({ ...part, start: candidate.at.next }, style, minimum).length >= minimum) chosen = candidate;
  }
  if (chosen === undefined) return undefined;
  const top: FlowBlock = { ...block, part: { ...part, end: chosen.at.end } };
  const { sceneNumber: _sceneNumber, ...rest } = block;
  return { top, height: chosen.height, rest: { ...rest, part: { ...part, start: chosen.at.next } } };
}
