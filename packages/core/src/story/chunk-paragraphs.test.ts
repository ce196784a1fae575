import { describe, expect, it } from 'vitest';
import { chunkParagraphs } from './chunk-paragraphs.js';

const paragraph = (word: string, words: number): string => Array.from({ length: words }, () => word).join(' ') + '.';

describe('chunkParagraphs', () => {
  it('groups short paragraphs into passages of at least the minimum, each with its offsets', () => {
    const text = `"She doesn't."\n\n"Not even once?"\n\n${paragraph('tide', 30)}\n\n${paragraph('lamp', 5)}`;
    const chunks = chunkParagraphs(text, { minCharacters: 60 });
    expect(chunks.map((chunk) => chunk.text)).toEqual([`"She doesn't."\n\n"Not even once?"\n\n${paragraph('tide', 30)}`, paragraph('lamp', 5)]);
    for (const chunk of chunks) expect(text.slice(chunk.start, chunk.end)).toBe(chunk.text);
  });

  it('starts a passage at a heading and cuts an overlong paragraph at sentence ends', () => {
    const long = 'The lamp turned. '.repeat(12).trim();
    const chunks = chunkParagraphs(`Short.\n\n# Part two\n\n${long}`, { minCharacters: 50, maxCharacters: 80 });
    expect(chunks.map((chunk) => chunk.text)).toEqual(['Short.', `# Part two\n\n${'The lamp turned. '.repeat(4).trim()}`, 'The lamp turned. '.repeat(4).trim(), 'The lamp turned. '.repeat(4).trim()]);
  });

  it('changes only the passage an edit falls in when no boundary moves', () => {
    const parts = ['one', 'two', 'three', 'four'].map((word) => paragraph(word, 20));
    const before = chunkParagraphs(parts.join('\n\n'), { minCharacters: 150 });
    const after = chunkParagraphs([parts[0], parts[1]?.replace('two two', 'two too'), parts[2], parts[3]].join('\n\n'), { minCharacters: 150 });
    expect(before).toHaveLength(2);
    expect(after.map((chunk) => chunk.text === before.find((old) => old.start === chunk.start)?.text)).toEqual([false, true]);
  });

  it('has no passages for blank text', () => {
    expect(chunkParagraphs(' \n\n \n')).toEqual([]);
  });
});
