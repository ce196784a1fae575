import { partitionPoint } from './partition-point.js';
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
  const line = Math.max(0, partitionPoint(lineStarts.length, (index) => (lineStarts[index] ?? 0) <= offset) - 1);
  return { line, column: offset - (lineStarts[line] ?? 0), offset };
}
