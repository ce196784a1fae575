import { describe, expect, it } from 'vitest';
import { loadExampleBible } from './load-example-bible.js';
import { measureContextSavings, wholeBibleText } from './measure-context-savings.js';

const bible = await loadExampleBible();
const { wholeTokens, scenes } = measureContextSavings(bible, 1500);

describe('example story bible', () => {
  it('has 40 entries and 8 scenes', () => {
    expect([bible.entries.length, bible.scenes.length]).toEqual([40, 8]);
  });

  it('finds exactly the entries a person marked in each scene (recall 100%, no false mentions)', () => {
    expect(scenes.map((scene) => [scene.sceneId, scene.missed, scene.unexpected])).toEqual(
      bible.scenes.map((scene) => [scene.id, [], []]),
    );
  });

  it('saves at least 70% of the prompt tokens against the whole bible', () => {
    const saved = scenes.reduce((sum, scene) => sum + scene.saved, 0) / scenes.length;
    expect(wholeTokens).toBe(2750);
    expect(saved).toBeGreaterThanOrEqual(0.7);
  });

  it('sends the progressions in force and never the private, never or unpinned manual entries', () => {
    const scene3 = scenes[2]!.preview.text;
    const scene5 = scenes[4]!.preview.text;
    const scene8 = scenes[7]!.preview.text;
    expect(scene3).not.toContain('left hand');
    expect(scene5).toContain('- Has lost her left hand to the lamp gears');
    expect(scene5).not.toContain('came to close the light');
    expect(scene8).toContain('- Knows that Elias Crane came to close the light, not to survey it.');
    for (const scene of scenes) {
      expect(scene.preview.text).not.toMatch(/Grey Lady|Planned ending|married a fisherman|burned it/);
    }
    expect(wholeBibleText(bible)).not.toMatch(/Grey Lady|Planned ending|married a fisherman|burned it/);
  });
});
