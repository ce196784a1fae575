import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { writeFountain } from '../screenplay/write-fountain.js';
import { readCast } from './read-cast.js';

const source = 'Title: Test\n\n/* Cast:\nMara Okafor: gender Woman; age 30s; groups Deaf, Nigerian-British; aka YOUNG MARA\nDEV: gender nb\n\nTOM: age 60+\n*/\n\nINT. KITCHEN - DAY\n\nMARA\nHi.\n';

describe('readCast', () => {
  it('reads names, normalised genders, ages, groups and aliases from a Cast boneyard block', () => {
    const cast = readCast(parseFountain(source));
    expect(cast.problems).toEqual([]);
    expect(cast.members.map(({ range: _range, ...member }) => member)).toEqual([
      { name: 'MARA OKAFOR', aliases: ['YOUNG MARA'], gender: 'female', age: '30s', groups: ['Deaf', 'Nigerian-British'] },
      { name: 'DEV', aliases: [], gender: 'non-binary', groups: [] },
      { name: 'TOM', aliases: [], age: '60+', groups: [] },
    ]);
  });

  it('reads the voice a character is dubbed with', () => {
    const cast = readCast(parseFountain('/* Cast\nMARA: gender female; voice nova\nTOM: voice\n*/\n\nINT. A - DAY\n'));
    expect(cast.members.map((member) => [member.name, member.voice])).toEqual([['MARA', 'nova'], ['TOM', undefined]]);
  });

  it('places each member on its own source line', () => {
    const [first, second] = readCast(parseFountain(source)).members;
    expect(first?.range).toEqual({ start: { line: 3, column: 0, offset: 22 }, end: { line: 3, column: 81, offset: 103 } });
    expect(second?.range.start).toEqual({ line: 4, column: 0, offset: 104 });
  });

  it('reports unreadable lines as problems instead of throwing', () => {
    const cast = readCast(parseFountain('/* Cast\njust some words\nANN: height tall\n*/\n\nINT. A - DAY\n'));
    expect(cast.members).toEqual([]);
    expect(cast.problems.map((problem) => problem.message)).toEqual([
      'Cast line "just some words" needs a name, a colon and fields, e.g. "MARA: gender female; age 30s".',
      'Cast line for ANN has an unknown field "height"; use gender, age, groups, aka or voice.',
    ]);
  });

  it('ignores other boneyard blocks and notes', () => {
    const cast = readCast(parseFountain('/* cut scene: ANN: gender female */\n\n[[Cast\nANN: gender female]]\n\nINT. A - DAY\n'));
    expect(cast.members).toEqual([]);
  });

  it('survives a Fountain round trip byte for byte', () => {
    expect(writeFountain(parseFountain(source))).toBe(source);
  });
});
