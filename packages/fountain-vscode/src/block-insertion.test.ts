import { describe, expect, it } from 'vitest';
import { blockInsertion } from './block-insertion.js';
import { applyProposedEdit } from './proposed-edit.js';

const insert = (script: string, cursor: number, block: string): string => applyProposedEdit(script, blockInsertion(script, cursor, block)).document;

describe('blockInsertion', () => {
  it('puts a block after the cursor line with blank lines around it', () => {
    expect(insert('INT. A - DAY\n\nBob waits.\n\nEXT. B - NIGHT\n', 16, 'BOB\nHello.')).toBe('INT. A - DAY\n\nBob waits.\n\nBOB\nHello.\n\nEXT. B - NIGHT\n');
  });

  it('at the end of a script without a final newline', () => {
    expect(insert('INT. A - DAY\n\nBob waits.', 20, '[[A note]]')).toBe('INT. A - DAY\n\nBob waits.\n\n[[A note]]\n');
  });

  it('on a blank line adds no second blank line', () => {
    expect(insert('Bob waits.\n\nEve runs.\n', 11, 'BOB\nHi.')).toBe('Bob waits.\n\nBOB\nHi.\n\nEve runs.\n');
  });

  it('keeps CRLF line endings', () => {
    expect(insert('Bob waits.\r\n', 0, 'BOB\nHi.')).toBe('Bob waits.\r\n\r\nBOB\r\nHi.\r\n');
  });
});
