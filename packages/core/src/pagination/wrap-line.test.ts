import { describe, expect, it } from 'vitest';
import { wrapLine } from './wrap-line.js';

/** All lines of `text` wrapped at `columns`. */
function wrapAll(text: string, columns: number): string[] {
  const lines: string[] = [];
  let from = 0;
  do {
    const line = wrapLine(text, from, text.length, columns);
    lines.push(text.slice(line.start, line.end));
    from = line.next;
  } while (from < text.length);
  return lines;
}

describe('wrapLine', () => {
  it('breaks at the last space that fits and drops the spaces at the break', () => {
    expect(wrapAll('There are some fish that cannot be caught.  It is not that.', 35)).toEqual(['There are some fish that cannot be', 'caught.  It is not that.']);
  });
  it('lets trailing spaces run past the edge without wrapping', () => {
    expect(wrapAll('Exactly ten   ', 11)).toEqual(['Exactly ten']);
  });
  it('breaks after a hyphen, and lets one hyphen too many hang in the margin as Final Draft does', () => {
    expect(wrapAll('Did I want to deprive my soon-to-be-born son the chance', 35)).toEqual(['Did I want to deprive my soon-to-be-', 'born son the chance']);
    expect(wrapAll('everything you said was impossible -- everything!', 35)).toEqual(['everything you said was impossible -', '- everything!']);
  });
  it('breaks a word longer than the line', () => {
    expect(wrapAll('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
  it('ends a line at a newline and keeps the next line\'s indentation', () => {
    expect(wrapAll('one\n  two\n\nthree', 20)).toEqual(['one', '  two', '', 'three']);
  });
  it('breaks East Asian text between characters by width, not before closing punctuation', () => {
    expect(wrapAll('雨が降り続き、誰も彼に声をかけない。', 14)).toEqual(['雨が降り続き、', '誰も彼に声をか', 'けない。']);
    expect(wrapAll('誰も彼に声をか。', 14)).toEqual(['誰も彼に声を', 'か。']);
  });
});
