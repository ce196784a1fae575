import { describe, expect, it } from 'vitest';
import { findVerbatimOverlaps, overlapWork } from './find-verbatim-overlaps.js';
import { originalityFindings } from './originality-findings.js';
import { wordTokens } from '../text/word-tokens.js';

const chapter = {
  id: 'ch3',
  name: 'chapter-3.md',
  text: 'The keeper climbed the iron stairs one last time, counting each step as his father had taught him, and at the top he lit the lamp that had not burned in thirty years.',
};

describe('findVerbatimOverlaps', () => {
  it('finds a long copied run, whatever the case, punctuation and line wrapping, and quotes both sides', () => {
    const output = 'INT. LIGHTHOUSE - NIGHT\n\nThe Keeper climbed the iron stairs, one last time —\ncounting each step as his father had taught him. He stops.';
    const [overlap, ...rest] = findVerbatimOverlaps(output, [chapter]);
    expect(rest).toEqual([]);
    expect(overlap).toMatchObject({ referenceId: 'ch3', words: 18 });
    expect(overlap?.outputText).toBe('The Keeper climbed the iron stairs, one last time —\ncounting each step as his father had taught him');
    expect(overlap?.referenceText).toBe('The keeper climbed the iron stairs one last time, counting each step as his father had taught him');
  });

  it('ignores shared runs shorter than the threshold', () => {
    expect(findVerbatimOverlaps('He climbed the iron stairs one last time and wept.', [chapter])).toEqual([]);
    expect(findVerbatimOverlaps('He climbed the iron stairs one last time and wept.', [chapter], { minWords: 6 })).toHaveLength(1);
  });

  it('reports each separate run against the right reference, longest first', () => {
    const other = { id: 'p', name: 'Prompt', text: 'a storm rolls in from the west and the ferry will not run tonight or tomorrow' };
    const output = `Note: a storm rolls in from the west and the ferry will not run tonight or tomorrow. ${chapter.text}`;
    expect(findVerbatimOverlaps(output, [other, chapter]).map((overlap) => [overlap.referenceName, overlap.words])).toEqual([
      ['chapter-3.md', 33],
      ['Prompt', 16],
    ]);
  });

  it('treats each Han or kana character as a word', () => {
    expect(wordTokens('灯台守は階段を上った').map((token) => token.lower)).toEqual(['灯', '台', '守', 'は', '階', '段', 'を', '上', 'っ', 'た']);
    const reference = { id: 'jp', name: 'jp.md', text: '灯台守は最後にもう一度鉄の階段を上った。' };
    const [overlap] = findVerbatimOverlaps('そして灯台守は最後にもう一度鉄の階段を上った', [reference]);
    expect(overlap?.words).toBe(19);
  });

  it('stays linear on a long text that repeats one phrase', () => {
    const refrain = (repeats: number): string => 'the lamp must burn tonight the lamp must burn tonight '.repeat(repeats);
    /** Counted token reads per word (no clock): the same at every size when linear. */
    const workPerWord = (repeats: number): number => {
      const text = refrain(repeats);
      const before = overlapWork.steps;
      const overlaps = findVerbatimOverlaps(text, [{ id: 'r', name: 'refrain', text }]);
      expect(overlaps[0]?.words).toBe(repeats * 10);
      return (overlapWork.steps - before) / (repeats * 10);
    };
    expect(workPerWord(5000) / workPerWord(625)).toBeLessThan(1.2);
  });
});

describe('originalityFindings', () => {
  it('places the finding in the output by line and column', () => {
    const output = `Line one.\n${chapter.text}`;
    const [finding] = originalityFindings(output, findVerbatimOverlaps(output, [chapter]));
    expect(finding).toMatchObject({
      ruleId: 'originality.verbatim-overlap',
      category: 'originality',
      message: '33 words are copied verbatim from chapter-3.md.',
      range: { start: { line: 1, column: 0, offset: 10 }, end: { line: 1, column: 165, offset: 175 } },
    });
    expect(finding?.evidence).toMatch(/^Generated: "The keeper climbed .*" — chapter-3\.md: "The keeper climbed/);
  });
});
