import { describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { mentionHeatMap } from './mention-heat-map.js';

describe('mentionHeatMap on the example vault', () => {
  it('has one column per scene and Mara as the most mentioned entry', async () => {
    const bible = await loadExampleStoryBible();
    const map = mentionHeatMap(bible.entries(), bible.index());
    expect(map.scenes.map((scene) => scene.label)).toEqual(['The crossing', 'The keeper', 'The lamp room', 'The gears', 'One hand', 'The survivor', 'The sealed letter', 'Spring', 'The inquest', 'The last entry']);
    const mara = map.rows[0];
    expect(mara?.name).toBe('Mara Voss');
    expect(mara?.counts).toEqual([0, 3, 1, 3, 3, 1, 4, 3, 1, 3]);
    expect(mara?.total).toBe(22);
    expect(map.max).toBe(Math.max(...map.rows.flatMap((row) => row.counts)));
    expect(map.rows.every((row) => row.total > 0)).toBe(true);
  });
});
