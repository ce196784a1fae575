import { describe, expect, it } from 'vitest';
import { breakCost } from './break-cost.js';
import { layoutCueLines } from './layout-cue-lines.js';

const words = (text: string) => text.split(' ');

describe('layoutCueLines', () => {
  it('keeps a cue on one line when it fits', () => {
    expect(layoutCueLines(words('Tobin rows the boat across the Narrows.'), 42, 2)?.lines).toEqual(['Tobin rows the boat across the Narrows.']);
  });

  it('breaks after a comma rather than at the middle', () => {
    expect(layoutCueLines(words('When the fog comes in, you ring the bell every thirty seconds'), 42, 2)?.lines).toEqual([
      'When the fog comes in,',
      'you ring the bell every thirty seconds',
    ]);
  });

  it('never splits an article from its noun when another break fits', () => {
    // The balanced split would be "She climbed all the stairs to the | lamp room above the cottage".
    expect(layoutCueLines(words('She climbed all the stairs to the lamp room above the cottage'), 42, 2)?.lines).toEqual([
      'She climbed all the stairs',
      'to the lamp room above the cottage',
    ]);
  });

  it('prefers a bottom-heavy pyramid', () => {
    expect(layoutCueLines(words('Mara climbs the stairs of the lighthouse every night at dusk'), 42, 2)?.lines).toEqual([
      'Mara climbs the stairs',
      'of the lighthouse every night at dusk',
    ]);
  });

  it('uses a third line only when allowed and needed, and gives up when nothing fits', () => {
    const long = words('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen');
    expect(layoutCueLines(long, 40, 2)).toBeUndefined();
    expect(layoutCueLines(long, 40, 3)?.lines).toEqual(['one two three four five', 'six seven eight nine ten eleven', 'twelve thirteen fourteen fifteen sixteen']);
    expect(layoutCueLines(long, 30, 3)).toBeUndefined();
  });
});

describe('breakCost', () => {
  it('ranks breaks: sentence < clause < before conjunction < plain < after preposition < after article', () => {
    expect([breakCost('night.', 'She'), breakCost('night,', 'she'), breakCost('night', 'and'), breakCost('boat', 'across'), breakCost('boat', 'rows'), breakCost('across', 'the'), breakCost('the', 'boat')]).toEqual([0, 1, 2, 2.5, 5, 8, 15]);
  });
});
