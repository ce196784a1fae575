import { describe, expect, it } from 'vitest';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { addSceneMarkers } from './add-scene-markers.js';

const fountain = 'INT. KITCHEN - NIGHT\n\nMara pours coffee.\n\nEXT. ROOFTOP - DAWN\n\nThe city wakes.\n';

describe('addSceneMarkers', () => {
  it('adds one chapter marker per scene heading as one undo step', async () => {
    const fake = createFakePremiere();
    const result = await addSceneMarkers(createPremiereHost(fake.api), fountain);
    expect(result.added).toBe(2);
    expect(fake.project.undoSteps).toEqual([{ undoLabel: 'Reelkit: scene markers', actions: ['add marker INT. KITCHEN - NIGHT', 'add marker EXT. ROOFTOP - DAWN'] }]);
    // Two equal scenes share the 60 s sequence: 0–30 s and 30–60 s, in 24 fps frames.
    expect(fake.sequence.markers.map((marker) => [marker.name, marker.type, marker.start, marker.duration])).toEqual([
      ['INT. KITCHEN - NIGHT', 'Chapter', '0', '7620480000000'],
      ['EXT. ROOFTOP - DAWN', 'Chapter', '7620480000000', '7620480000000'],
    ]);
  });

  it('changes nothing without a sequence or without scene headings', async () => {
    const noSequence = createFakePremiere({ sequence: null });
    await expect(addSceneMarkers(createPremiereHost(noSequence.api), fountain)).rejects.toThrow('No sequence is active.');
    const fake = createFakePremiere();
    await expect(addSceneMarkers(createPremiereHost(fake.api), 'Just some notes.')).rejects.toThrow('The script has no scene headings.');
    expect(fake.project.undoSteps).toEqual([]);
  });
});
