import { describe, expect, it } from 'vitest';
import { readCast } from '../../representation/read-cast.js';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import { spokenWords } from '../rough-cut/__fixtures__/spoken-words.js';
import { assignVoices } from './assign-voices.js';
import { attributeSpokenLines } from './attribute-spoken-lines.js';
import { characterAt } from './character-at.js';

const fountain = [
  '/* Cast', 'MARA: gender female; voice nova', 'TOM: aka OLD TOM', '*/', '',
  'INT. LIGHTHOUSE - NIGHT', '', 'MARA', 'The storm hit the lighthouse at midnight.', '', 'TOM', 'We have to go down to the rocks.', '',
  'OLD TOM', 'Nobody goes down there anymore.', '', 'DEV', 'Then we go together.', '',
].join('\n');

const words = [
  ...spokenWords(0, 'The storm hit the lighthouse at midnight.'),
  ...spokenWords(3, 'We have to go down to the rocks.'),
  ...spokenWords(6, 'Can we get a bit more light here?'),
  ...spokenWords(9, 'Then we go together.'),
];

describe('attributeSpokenLines', () => {
  it('gives each spoken line the character whose script line it matches, and leaves ad-libs alone', () => {
    const lines = attributeSpokenLines(parseFountain(fountain), words);
    expect(lines.map((line) => [line.start, line.character, line.similarity])).toEqual([
      [0, 'MARA', 1],
      [3, 'TOM', 1],
      [6, undefined, 0],
      [9, 'DEV', 1],
    ]);
    expect([characterAt(lines, 3.5, 4), characterAt(lines, 6, 8), characterAt(lines, 1, 3.2)]).toEqual(['TOM', undefined, 'MARA']);
  });
});

describe('assignVoices', () => {
  it('uses the voices the cast block declares, then gives the others free voices in turn; a name a character goes by shares their voice', () => {
    const cast = readCast(parseFountain(fountain)).members;
    expect(assignVoices(['MARA', 'TOM', 'DEV', 'OLD TOM'], cast, ['alloy', 'nova', 'onyx', 'echo'])).toEqual({
      MARA: { voice: 'nova', source: 'declared' },
      TOM: { voice: 'alloy', source: 'assigned' },
      DEV: { voice: 'onyx', source: 'assigned' },
      'OLD TOM': { voice: 'alloy', source: 'assigned' },
    });
    expect(assignVoices(['TOM'], cast, [])).toEqual({});
  });
});
