import { partitionPoint } from '../text/partition-point.js';
import type { Position } from '../text/source-range.js';

/** Turns source offsets into positions; offsets asked for in rising order cost no search. */
export interface PositionLocator {
  positionAt(offset: number): Position;
}

/**
 * A locator over sorted line starts, where `lineStarts[i]` begins line `firstLine + i` (the first may be a
 * virtual start before a window, so columns on that line come out right). Remembers the last line found and
 * walks a few lines on from it before falling back to binary search.
 */
export function createPositionLocator(lineStarts: ArrayLike<number>, firstLine = 0): PositionLocator {
  let hint = 0;
  const last = lineStarts.length - 1;
  return {
    positionAt(offset: number): Position {
      let line = hint;
      if ((lineStarts[line] ?? 0) > offset) line = search(lineStarts, offset);
      else {
        // Forward a few lines (the blank lines between elements) before searching.
        let steps = 0;
        while (line < last && (lineStarts[line + 1] ?? 0) <= offset && steps < 8) {
          line += 1;
          steps += 1;
        }
        if (steps === 8 && line < last && (lineStarts[line + 1] ?? 0) <= offset) line = search(lineStarts, offset);
      }
      hint = line;
      return { line: firstLine + line, column: offset - (lineStarts[line] ?? 0), offset };
    },
  };
}

/** The last line starting at or before `offset`, or 0 when none does. */
function search(lineStarts: ArrayLike<number>, offset: number): number {
  return Math.max(0, partitionPoint(lineStarts.length, (line) => (lineStarts[line] ?? 0) <= offset) - 1);
}
