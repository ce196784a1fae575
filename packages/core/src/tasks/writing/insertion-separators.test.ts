import { describe, expect, it } from 'vitest';
import { insertionSeparators } from './insertion-separators.js';

describe('insertionSeparators', () => {
  it('adds nothing where blank lines already surround the cursor, or at the ends of the script', () => {
    expect(insertionSeparators('A.\n\n\n\nB.', 4)).toEqual({ before: '', after: '' });
    expect(insertionSeparators('', 0)).toEqual({ before: '', after: '' });
  });

  it('completes a blank line after a line end and before the next element', () => {
    expect(insertionSeparators('MAYA\nHi.\n', 9)).toEqual({ before: '\n', after: '' });
    expect(insertionSeparators('MAYA\nHi.\nTOM', 8)).toEqual({ before: '\n\n', after: '\n' });
  });

  it('adds nothing mid-line, where the text continues the line', () => {
    expect(insertionSeparators('She opens the', 9)).toEqual({ before: '', after: '' });
  });

  it('keeps CRLF scripts in CRLF', () => {
    expect(insertionSeparators('MAYA\r\nHi.\r\n', 11)).toEqual({ before: '\r\n', after: '' });
  });
});
