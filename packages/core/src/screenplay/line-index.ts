import type { Position } from './source-range.js';

/** Offsets where each line starts; only `\n` ends a line (a `\r` before it is content the parser ignores). */
export function createLineIndex(source: string): number[] {
  const starts = [0];
  let at = source.indexOf('\n');
  while (at !== -1) {
    starts.push(at + 1);
    at = source.indexOf('\n', at + 1);
  }
  return starts;
}

/** The position of `offset`, found by binary search over the line starts. */
export function positionAt(lineStarts: ArrayLike<number>, offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low, column: offset - (lineStarts[low] ?? 0), offset };
}
