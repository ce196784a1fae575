import { characterColumns } from './character-columns.js';

/** One printed line of a paragraph: `text.slice(start, end)` (trailing spaces dropped); the next starts at `next`. */
export interface WrappedLine {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

const newline = 0x0a;
const hyphen = 0x2d;

// Light kinsoku: East Asian text may break between any two characters, but not before closing punctuation or
// small kana, nor after an opening bracket.
const noBreakBefore = new Set(Array.from('、。，．・：；？！ー）」』】〕〉》｝〟’”ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;?!)]}', (character) => character.codePointAt(0)));
const noBreakAfter = new Set(Array.from('（「『【〔〈《｛〝‘“([{', (character) => character.codePointAt(0)));

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

function trimEnd(text: string, from: number, end: number): number {
  let index = end;
  while (index > from && isSpace(text.charCodeAt(index - 1))) index -= 1;
  return index;
}

function skipSpaces(text: string, from: number, limit: number): number {
  let index = from;
  while (index < limit && isSpace(text.charCodeAt(index))) index += 1;
  return index < limit && text.charCodeAt(index) === newline ? index + 1 : index;
}

function breaksBefore(code: number, previous: number, previousWide: boolean, wide: boolean): boolean {
  if (previous === hyphen) return code !== hyphen;
  return (wide || previousWide) && !noBreakBefore.has(code) && !noBreakAfter.has(previous);
}

/**
 * The line that starts at `from` in `text` (which ends for this paragraph at `limit`), at most `columns` wide:
 * greedy, breaking at spaces, after hyphens and between East Asian characters, and inside a word too long for a
 * line. Spaces count where they fall inside a line but never push a line over. As in Final Draft, a hyphen that
 * would be the one character too many hangs in the margin instead of moving down, even the first of a `--`. A newline always ends a line.
 */
export function wrapLine(text: string, from: number, limit: number, columns: number): WrappedLine {
  let used = 0;
  let breakEnd = -1;
  let breakNext = -1;
  let previous = -1;
  let previousWide = false;
  let index = from;
  while (index < limit) {
    const code = text.codePointAt(index) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    if (code === newline) return { start: from, end: trimEnd(text, from, index), next: index + 1 };
    if (isSpace(code)) {
      if (index > from && !isSpace(previous)) {
        breakEnd = index;
        breakNext = index;
      }
      used += characterColumns(code);
      previous = code;
      previousWide = false;
      index += size;
      continue;
    }
    const width = characterColumns(code);
    const wide = width === 2;
    if (index > from && !isSpace(previous) && breaksBefore(code, previous, previousWide, wide)) {
      breakEnd = index;
      breakNext = index;
    }
    if (used + width > columns && index > from) {
      if (code === hyphen && used + width === columns + 1) {
        return { start: from, end: index + 1, next: skipSpaces(text, index + 1, limit) };
      }
      if (breakEnd > from) return { start: from, end: trimEnd(text, from, breakEnd), next: skipSpaces(text, breakNext, limit) };
      return { start: from, end: index, next: index };
    }
    used += width;
    previous = code;
    previousWide = wide;
    index += size;
  }
  return { start: from, end: trimEnd(text, from, limit), next: limit };
}
