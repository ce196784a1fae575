import { describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { sceneMentions } from './scene-mentions.js';

describe('sceneMentions', () => {
  it('lists the entries of scene 5 in order of first mention, with the progressions true there', async () => {
    const bible = await loadExampleStoryBible();
    const listed = sceneMentions(bible.entries(), bible.index(), 'scene-05');
    expect(listed.map((item) => item.entryId)).toEqual(['mara-voss', 'wren-halloway', 'keepers-log', 'nell-voss', 'tide-clock', 'gideon-pell', 'elias-crane']);
    expect(listed.find((item) => item.entryId === 'mara-voss')?.progressions).toEqual(['Has lost her left hand to the lamp gears; she works one-handed and hides the stump in her sleeve.']);
    expect(listed.find((item) => item.entryId === 'wren-halloway')?.progressions).toEqual(['Has learned to trim and light the lamp alone.']);
  });

  it('gives nothing for a scene the index does not have', async () => {
    const bible = await loadExampleStoryBible();
    expect(sceneMentions(bible.entries(), bible.index(), 'scene-99')).toEqual([]);
  });
});
