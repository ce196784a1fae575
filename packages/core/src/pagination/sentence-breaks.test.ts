import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from './sentence-breaks.js';

/** The text above each break. */
function tops(text: string): string[] {
  return sentenceBreaks(text, 0, text.length).map((at) => text.slice(0, at.end));
}

describe('sentenceBreaks', () => {
  it('breaks after a full stop, question or exclamation mark and any closing quote, before the next sentence', () => {
    expect(tops('He runs. "Stop!" She turns. Why? Because.')).toEqual(['He runs.', 'He runs. "Stop!"', 'He runs. "Stop!" She turns.', 'He runs. "Stop!" She turns. Why?']);
  });
  it('does not break after a title, an initial, or before a lower-case word', () => {
    expect(tops('Mr. Bloom meets J. Edgar. Wait... what now? Nothing.')).toEqual(['Mr. Bloom meets J. Edgar.', 'Mr. Bloom meets J. Edgar. Wait... what now?']);
  });
  it('breaks after an East Asian full stop, spaced or not', () => {
    expect(tops('起こりません。次の1時間。 立っています。')).toEqual(['起こりません。', '起こりません。次の1時間。']);
  });
  it('takes a line break as a break only after a sentence end', () => {
    expect(tops('But she won\'t.\nNo, she can\'t\nBecause that girl,\nShe has needs.')).toEqual(["But she won't."]);
  });
  it('starts the lower part at the next sentence, past the spaces and line break', () => {
    const text = 'One.  \nTwo.';
    expect(sentenceBreaks(text, 0, text.length)).toEqual([{ end: 4, next: 7 }]);
  });
});
