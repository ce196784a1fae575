import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

describe('splitSentences', () => {
  it('splits at end punctuation and line ends but not after a title such as Dr.', () => {
    expect(splitSentences('DR. ANAND MEHTA steps ashore. He slips!\nRain?').map((sentence) => [sentence.text, sentence.start])).toEqual([
      ['DR. ANAND MEHTA steps ashore.', 0],
      [' He slips!', 29],
      ['Rain?', 40],
    ]);
  });
});
