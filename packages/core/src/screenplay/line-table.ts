import { scanFor } from './parse-work.js';
import { isWhitespace } from './is-whitespace.js';

/**
 * The lines of clean text between two offsets, as offsets so the parser reads char codes instead of slicing
 * strings: where each line starts, where its content ends (trailing `\r` dropped), and where its text starts
 * and ends once trimmed (equal when the line is blank).
 */
export interface LineTable {
  readonly count: number;
  /** Per line, `count` entries used (the arrays may be longer). */
  readonly starts: Int32Array;
  readonly contentEnds: Int32Array;
  readonly textStarts: Int32Array;
  readonly textEnds: Int32Array;
}

/** Splits clean text from `from` (a line start) to `to` into a line table. */
export function createLineTable(clean: string, from: number, to: number): LineTable {
  // Sized for lines of 24 characters on average, grown by doubling past that: one pass over the text.
  let capacity = Math.max(16, Math.ceil((to - from) / 24));
  let starts: Int32Array = new Int32Array(capacity);
  let contentEnds: Int32Array = new Int32Array(capacity);
  let textStarts: Int32Array = new Int32Array(capacity);
  let textEnds: Int32Array = new Int32Array(capacity);
  let count = 0;
  let start = from;
  for (;;) {
    let end = scanFor(clean, '\n', start);
    if (end === -1 || end > to) end = to;
    let contentEnd = end;
    while (contentEnd > start && clean.charCodeAt(contentEnd - 1) === 13) contentEnd -= 1;
    let textStart = start;
    while (textStart < contentEnd && isWhitespace(clean.charCodeAt(textStart))) textStart += 1;
    let textEnd = contentEnd;
    while (textEnd > textStart && isWhitespace(clean.charCodeAt(textEnd - 1))) textEnd -= 1;
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      contentEnds = grow(contentEnds, capacity);
      textStarts = grow(textStarts, capacity);
      textEnds = grow(textEnds, capacity);
    }
    starts[count] = start;
    contentEnds[count] = contentEnd;
    textStarts[count] = textStart;
    textEnds[count] = textEnd;
    count += 1;
    if (end >= to) break;
    start = end + 1;
  }
  return { count, starts, contentEnds, textStarts, textEnds };
}

function grow(array: Int32Array, capacity: number): Int32Array {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}

/** Start offset of line `index`. */
export function lineStart(table: LineTable, index: number): number {
  return table.starts[index] ?? 0;
}

/** End of line `index`'s content, trailing `\r` excluded. */
export function lineContentEnd(table: LineTable, index: number): number {
  return table.contentEnds[index] ?? 0;
}

/** First non-whitespace offset of line `index` (its content end when blank). */
export function lineTextStart(table: LineTable, index: number): number {
  return table.textStarts[index] ?? 0;
}

/** One past the last non-whitespace offset of line `index`. */
export function lineTextEnd(table: LineTable, index: number): number {
  return table.textEnds[index] ?? 0;
}

/** Empty or whitespace only (a missing line counts as blank). */
export function isBlankLine(table: LineTable, index: number): boolean {
  return index >= table.count || lineTextStart(table, index) === lineTextEnd(table, index);
}

/** A whitespace-only line of two or more characters: inside dialogue it keeps the speech going. */
export function isSpacerLine(table: LineTable, index: number): boolean {
  return isBlankLine(table, index) && index < table.count && lineContentEnd(table, index) - lineStart(table, index) >= 2;
}
