import { describe, expect, it } from 'vitest';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { readFixture } from './__fixtures__/read-fixture.js';
import { selectCharacterLines } from './select-character-lines.js';

const script = readFixture('lighthouse.fountain');
const maya = parseFountain(script).characters.find((character) => character.name === 'MAYA');
const words = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;
const firstWords = (blocks: readonly string[]) => blocks.map((block) => block.split('\n').at(-1)?.split(' ')[0]);
// In the harbour scene, between Tom's invitation and Maya's answer.
const cursor = script.indexOf('Just once.') + 'Just once.\n\n'.length;

describe('selectCharacterLines', () => {
  it('takes the lines before the cursor first, nearest first, then those after it, in script order', () => {
    if (maya === undefined) throw new Error('fixture has MAYA');
    // Costs in words plus one: lamp 17, board 11, pubs 11, "No." 3, stairs 12.
    expect(selectCharacterLines(script, maya, cursor, 28, words)).toEqual({
      blocks: ["MAYA\nForty years this lamp has never missed a night. I'm not letting it start now.", 'MAYA\n(not turning)\nThe board has never climbed these stairs.'],
      omitted: 3,
      tokens: 28,
    });
    expect(firstWords(selectCharacterLines(script, maya, cursor, 40, words).blocks)).toEqual(['Forty', 'The', 'Pubs']);
  });

  it('takes a line of fewer than three words only after every longer one', () => {
    if (maya === undefined) throw new Error('fixture has MAYA');
    expect(firstWords(selectCharacterLines(script, maya, cursor, 52, words).blocks)).toEqual(['Forty', 'The', 'Pubs', 'Ninety-one,']);
    expect(selectCharacterLines(script, maya, cursor, 54, words)).toMatchObject({ omitted: 0, tokens: 54 });
  });

  it('sends nothing when not even the first line fits', () => {
    if (maya === undefined) throw new Error('fixture has MAYA');
    expect(selectCharacterLines(script, maya, cursor, 5, words)).toEqual({ blocks: [], omitted: 5, tokens: 0 });
  });
});
