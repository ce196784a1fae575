import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { computeRepresentation } from './compute-representation.js';
import { creditGroupCues } from './credit-group-cues.js';
import { readCast } from './read-cast.js';

const corpus = sharedFolder('corpus');
const script = 'INT. PORCH - DAY\n\nANN\nHello there.\n\nBOB\nHi.\n\nANN AND BOB\nHappy birthday, Dad!\n\nBOTH\nAgain!\n';

describe('creditGroupCues', () => {
  it('credits a line spoken together to each speaker and drops the group; BOTH goes to the two who spoke', () => {
    const credited = creditGroupCues(parseFountain(script).characters);
    expect(credited.map((character) => [character.name, character.lines, character.words, character.scenes])).toEqual([
      ['ANN', 3, 6, ['int-porch-day']],
      ['BOB', 3, 5, ['int-porch-day']],
    ]);
  });
  it('credits BOTH to the two speakers of its scene, ALL to everyone who speaks in the scene, in that scene only', () => {
    const scenes = [
      'INT. KITCHEN - NIGHT', '', 'ANN', 'Where is it?', '', 'CAL', 'Under the sink.', '', 'BOTH', 'The sink?', '',
      'INT. HALL - NIGHT', '', 'ANN', 'Listen.', '', 'CAL', 'What?', '', 'DEE', 'No, the cellar.', '', 'BOTH', 'The cellar?', '',
      'EXT. YARD - DAY', '', 'ANN', 'Ready?', '', 'EVE', 'Ready.', '', 'ALL', 'Go!', '',
      'INT. CELLAR - NIGHT', '', 'BOTH', 'Down here!', '', 'ANN', 'Coming.', '', 'CAL', 'Me too.', '',
      'INT. ATTIC - NIGHT', '', 'ANN', 'Alone again.', '', 'BOTH', 'Who said that?', '',
    ].join('\n');
    const credited = creditGroupCues(parseFountain(scenes).characters);
    expect(credited.map((character) => [character.name, character.lines, character.dialogueBlocks.map((block) => block.text)])).toEqual([
      ['ANN', 8, ['Where is it?', 'The sink?', 'Listen.', 'Ready?', 'Go!', 'Down here!', 'Coming.', 'Alone again.']],
      ['CAL', 5, ['Under the sink.', 'The sink?', 'What?', 'Down here!', 'Me too.']],
      // Three speak in the hall and only ANN in the attic: which "both" is not known, so those lines stay under the cue.
      ['BOTH', 2, ['The cellar?', 'Who said that?']],
      ['DEE', 1, ['No, the cellar.']],
      ['EVE', 2, ['Ready.', 'Go!']],
    ]);
    // BOTH at the head of the cellar scene is the two who speak after it there.
    expect(credited.find((character) => character.name === 'ANN')?.scenes).toEqual(['int-kitchen-night', 'int-hall-night', 'ext-yard-day', 'int-cellar-night', 'int-attic-night']);
  });
  it('gives the report no "ANN AND BOB" speaker, and shares of the credited words', () => {
    const screenplay = parseFountain(script);
    const representation = computeRepresentation(screenplay, readCast(screenplay));
    expect(representation.characters.map((character) => [character.name, character.words, character.dialogueShare])).toEqual([
      ['ANN', 6, 0.5455],
      ['BOB', 5, 0.4545],
    ]);
  });
  corpus.it('Big Fish: no group cue is a speaker in the report', () => {
    const screenplay = parseFountain(corpus.read('full-scripts/Big-Fish.fountain'));
    const names = computeRepresentation(screenplay, readCast(screenplay)).characters.map((character) => character.name);
    expect(names.filter((name) => / AND | & /.test(name))).toEqual([]);
    expect(screenplay.characters.some((character) => / AND /.test(character.name))).toBe(true);
  });
});
