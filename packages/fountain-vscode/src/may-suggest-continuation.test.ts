import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { maySuggestContinuation } from './may-suggest-continuation.js';

const at = (text: string, offset = text.length): boolean => maySuggestContinuation(parseFountain(text), text, offset);

describe('maySuggestContinuation', () => {
  it('suggests at the end of a line of the script', () => {
    expect(at('INT. A - DAY\n\nBob waits.')).toBe(true);
    expect(at('INT. A - DAY\n\nBob waits.\n', 24)).toBe(true);
  });

  it('not in the middle of a line', () => {
    expect(at('INT. A - DAY\n\nBob waits.', 17)).toBe(false);
  });

  it('never inside a note or boneyard, closed or still open', () => {
    const closed = 'Bob [[a note\nstill]] waits.\n\n/* cut\nthis */\n';
    expect(at(closed, 12)).toBe(false);
    expect(at(closed, 36)).toBe(false);
    expect(at('Bob waits. [[to do')).toBe(false);
    expect(at('Bob waits.\n\n/* cut this')).toBe(false);
  });
});
