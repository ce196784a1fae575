import { isWhitespace } from './is-whitespace.js';
import type { TextBuffer } from './text-buffer.js';

/** The run of clean text an edit makes the parser read again, and a window of clean text that holds it. */
export interface Region {
  start: number;
  end: number;
  window: string;
  windowStart: number;
}

/**
 * From the start of the block before the edited one to the end of the block after it (a block is a run of
 * lines that are not hard blanks: no parser state crosses a hard blank). Reads a window around the edit,
 * widening it until both ends are found inside whole lines, so an edit costs its neighbourhood.
 */
export function findRegion(clean: TextBuffer, from: number, to: number): Region {
  for (let reach = 1024; ; reach *= 4) {
    const windowStart = Math.max(0, from - reach);
    const windowEnd = Math.min(clean.length, to + reach);
    const window = clean.slice(windowStart, windowEnd);
    // Only whole lines count: a window cut mid-line starts after its first line break and ends at its last.
    const low = windowStart === 0 ? 0 : window.indexOf('\n') + 1;
    const high = windowEnd === clean.length ? window.length : window.lastIndexOf('\n');
    const end = low === 0 && windowStart > 0 ? -1 : blockEndAfter(window, to - windowStart, high, windowEnd === clean.length);
    const start = end === -1 ? -1 : blockStartBefore(window, from - windowStart, low, windowStart === 0);
    if (start !== -1) return { start: windowStart + start, end: windowStart + end, window, windowStart };
  }
}

/** Start of the block before the one holding `offset`, or -1 if the window is too small to tell. */
function blockStartBefore(text: string, offset: number, low: number, atTextStart: boolean): number {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  if (start < low) return -1;
  let blocksPassed = 0;
  let inBlock = !isHardBlankLine(text, start);
  while (start > low) {
    const previousStart = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
    const hard = isHardBlankLine(text, previousStart);
    if (inBlock && hard) {
      blocksPassed += 1;
      if (blocksPassed === 2) return start;
    }
    inBlock = !hard;
    start = previousStart;
  }
  return atTextStart ? 0 : -1;
}

/** End (before the line break) of the block after the one holding `offset`, or -1 if the window is too small. */
function blockEndAfter(text: string, offset: number, high: number, atTextEnd: boolean): number {
  let end = lineEndAt(text, offset);
  if (end > high) return -1;
  let blocksPassed = 0;
  let inBlock = !isHardBlankLine(text, text.lastIndexOf('\n', offset - 1) + 1);
  while (end < high) {
    const nextStart = end + 1;
    const hard = isHardBlankLine(text, nextStart);
    if (inBlock && hard) {
      blocksPassed += 1;
      if (blocksPassed === 2) return end;
    }
    inBlock = !hard;
    end = lineEndAt(text, nextStart);
  }
  return atTextEnd ? text.length : -1;
}

/** Empty or a single whitespace character, trailing `\r` aside: no parser state survives it (two spaces can continue dialogue). */
function isHardBlankLine(text: string, start: number): boolean {
  let end = lineEndAt(text, start);
  while (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
  if (end - start >= 2) return false;
  return end === start || isWhitespace(text.charCodeAt(start));
}

function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
