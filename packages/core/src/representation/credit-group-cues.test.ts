import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { computeRepresentation } from './compute-representation.js';
import { creditGroupCues } from './credit-group-cues.js';
import { readCast } from './read-cast.js';

const corpus = sharedFolder('corpus');
const script = 'INT. PORCH - DAY\n\nANN\nHello there.\n\nBOB\nHi.\n\nANN AND BOB\nHappy birthday, Dad!\n\nBOTH\nAgain!\n';

describe('creditGroupCues', () => {
  it('credits a line spoken together to each speaker and drops the group; BOTH stays as written', () => {
    const credited = creditGroupCues(parseFountain(script).characters);
    expect(credited.map((character) => [character.name, character.lines, character.words, character.scenes])).toEqual([
      ['ANN', 2, 5, ['int-porch-day']],
      ['BOB', 2, 4, ['int-porch-day']],
      ['BOTH', 1, 1, ['int-porch-day']],
    ]);
  });
  it('gives the report no "ANN AND BOB" speaker, and shares of the credited words', () => {
    const screenplay = parseFountain(script);
    const representation = computeRepresentation(screenplay, readCast(screenplay));
    expect(representation.characters.map((character) => [character.name, character.words, character.dialogueShare])).toEqual([
      ['ANN', 5, 0.5],
      ['BOB', 4, 0.4],
      ['BOTH', 1, 0.1],
    ]);
  });
  corpus.it('Big Fish: no group cue is a speaker in the report', () => {
    const screenplay = parseFountain(corpus.read('full-scripts/Big-Fish.fountain'));
    const names = computeRepresentation(screenplay, readCast(screenplay)).characters.map((character) => character.name);
    expect(names.filter((name) => / AND | & /.test(name))).toEqual([]);
    expect(screenplay.characters.some((character) => / AND /.test(character.name))).toBe(true);
  });
});
