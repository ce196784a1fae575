import { describe, expect, it } from 'vitest';
import { estimatePromptTokens } from '../../story/estimate-prompt-tokens.js';
import { keepTailWithin } from './keep-tail-within.js';

const characters = (text: string): number => text.length;

describe('keepTailWithin', () => {
  it('keeps a text that fits as it is', () => {
    expect(keepTailWithin('MAYA\nHello.', 100, estimatePromptTokens)).toEqual({ text: 'MAYA\nHello.', omittedChars: 0 });
  });

  it('drops whole lines from the start until the rest fits', () => {
    expect(keepTailWithin('first line\nsecond\nthird', 13, characters)).toEqual({ text: 'second\nthird', omittedChars: 11 });
  });

  it('cuts inside the last line only when it alone is over budget', () => {
    expect(keepTailWithin('one\nabcdefghij', 4, characters)).toEqual({ text: 'ghij', omittedChars: 10 });
  });

  it('keeps nothing for a zero budget', () => {
    expect(keepTailWithin('abc', 0, characters)).toEqual({ text: '', omittedChars: 3 });
  });
});
