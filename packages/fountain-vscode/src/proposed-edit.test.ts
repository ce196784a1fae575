import { describe, expect, it } from 'vitest';
import { applyProposedEdit } from './proposed-edit.js';

describe('applyProposedEdit', () => {
  it('inserts at the cursor and reports where the text landed', () => {
    expect(applyProposedEdit('INT. A - DAY\n\nA.\n', { start: 17, end: 17, text: '\nBOB\nHi.\n' })).toEqual({ document: 'INT. A - DAY\n\nA.\n\nBOB\nHi.\n', start: 17, end: 26 });
  });

  it('replaces a selection', () => {
    expect(applyProposedEdit('one two three', { start: 4, end: 7, text: 'TWO!' })).toEqual({ document: 'one TWO! three', start: 4, end: 8 });
  });

  it('clamps offsets past the end of the script', () => {
    expect(applyProposedEdit('abc', { start: 9, end: 12, text: 'd' })).toEqual({ document: 'abcd', start: 3, end: 4 });
  });
});
