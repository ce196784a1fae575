import type { ScreenplayElement } from '../screenplay/screenplay-element.js';
import type { Position, SourceRange } from '../text/source-range.js';

/**
 * The source range of `text.slice(start, end)` of an element. The display text drops markup, so the span is found
 * again in the element's raw source line; when it cannot be (markup inside the word, or no `raw`), the range falls
 * back to the whole element.
 */
export function textRange(element: ScreenplayElement, start: number, end: number): SourceRange {
  const raw = element.raw;
  if (raw === undefined) return element.range;
  const lineIndex = countNewlines(element.text, start);
  const lineStartInText = element.text.lastIndexOf('\n', start - 1) + 1;
  const needle = element.text.slice(start, end);
  const rawLines = raw.split('\n');
  let lineOffset = 0;
  for (let index = 0; index < lineIndex; index += 1) lineOffset += (rawLines[index]?.length ?? 0) + 1;
  const rawLine = rawLines[lineIndex] ?? '';
  // Markup only removes characters, so the span is at or after its column in the display text.
  const found = rawLine.indexOf(needle, start - lineStartInText);
  const column = found === -1 ? rawLine.indexOf(needle) : found;
  if (column === -1) return element.range;
  return {
    start: positionIn(element.range.start, lineIndex, lineOffset, column),
    end: positionIn(element.range.start, lineIndex, lineOffset, column + needle.length),
  };
}

function positionIn(origin: Position, lineIndex: number, lineOffset: number, column: number): Position {
  return {
    line: origin.line + lineIndex,
    column: lineIndex === 0 ? origin.column + column : column,
    offset: origin.offset + lineOffset + column,
  };
}

function countNewlines(text: string, before: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < before; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}
