import { describe, expect, it } from 'vitest';
import { spokenWords } from './__fixtures__/spoken-words.js';
import { findRetakes } from './find-retakes.js';
import { splitSpokenLines } from './spoken-line.js';

const lines = (...said: [number, string, string?][]) => splitSpokenLines(said.flatMap(([start, text, speaker]) => spokenWords(start, text, 0.25, speaker)));
const noFillers = new Set<string>();

describe('findRetakes', () => {
  it('keeps the last good take of three, cutting a later incomplete one too', () => {
    const cuts = findRetakes(lines([0, 'The storm hit the lighthouse.'], [3, 'The storm hit the old lighthouse.'], [6, 'The storm hit.']), noFillers);
    expect(cuts.map((cut) => [cut.start, cut.note])).toEqual([
      [0, 'Take 1 of 3 of “The storm hit the old lighthouse.”; the last good take starts at 0:03.0.'],
      [6, 'Incomplete take 3 of 3 of “The storm hit the old lighthouse.”; the last good take starts at 0:03.0.'],
    ]);
  });

  it('does not take repeated short replies, different speakers or distant lines for retakes', () => {
    expect(findRetakes(lines([0, 'Yes.'], [2, 'No.'], [4, 'Yes.']), noFillers)).toEqual([]);
    expect(findRetakes(lines([0, 'We have to go now.', 'Mara'], [3, 'We have to go now.', 'Tom']), noFillers)).toEqual([]);
    expect(findRetakes(lines([0, 'We have to go now.'], [100, 'We have to go now.']), noFillers)).toEqual([]);
    expect(findRetakes(lines([0, 'We have to go now.'], [100, 'We have to go now.']), noFillers, { maxSecondsApart: 120 })).toHaveLength(1);
  });

  it('ignores fillers when comparing, so "um, uh, we have to go" is a take of "we have to go"', () => {
    const said = lines([0, 'Um, uh, we have to go.'], [3, 'We have to go.']);
    expect(findRetakes(said, noFillers)).toEqual([]);
    expect(findRetakes(said, new Set(['um', 'uh'])).map((cut) => cut.text)).toEqual(['Um, uh, we have to go.']);
  });
});
