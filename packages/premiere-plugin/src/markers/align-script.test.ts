import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { frameRates } from '../time/frame-rate.js';
import { alignScript } from './align-script.js';
import { planSceneMarkers } from './plan-scene-markers.js';

const script = parseFountain(`INT. KITCHEN - NIGHT

MARA
Where were you last night?

JOON
Out with the band again.

EXT. ROOFTOP - DAWN

The city wakes.

INT. CAR - DAY

MARA
We never talk about the money.

JOON
There is nothing left to say.
`);

const timed = (text: string, start: number) => text.split(' ').map((word, index) => ({ text: word, start: start + index * 0.3, end: start + index * 0.3 + 0.25 }));

describe('alignScript and planSceneMarkers', () => {
  it('finds each scene where its dialogue is heard and flags scenes the edit moved', () => {
    // The edit opens on the car scene, then plays the kitchen.
    const words = [...timed('We never talk about the money. There is nothing left to say.', 2), ...timed('Where were you last night? Out with the band again.', 20)];
    const alignment = alignScript(script, words, 60);
    expect(alignment.scenes.map((scene) => [scene.heading, scene.status, scene.editStart, scene.dialogueCoverage])).toEqual([
      ['INT. KITCHEN - NIGHT', 'in-order', 20, 1],
      ['EXT. ROOFTOP - DAWN', 'no-dialogue', undefined, 0],
      ['INT. CAR - DAY', 'moved', 2, 1],
    ]);
    expect([alignment.scenesFound, alignment.scenesWithDialogue]).toEqual([2, 2]);

    const markers = planSceneMarkers(alignment, frameRates['25'], 60);
    expect(markers.map((marker) => [marker.name, marker.kind, marker.startTicks, marker.durationTicks, marker.comments])).toEqual([
      // 2 s to 20 s; 20 s to 22.96 s (22.95 s rounded to the nearest 1/25 s frame); then to the end at 60 s.
      ['INT. CAR - DAY', 'chapter', 508032000000n, 4572288000000n, 'Dialogue heard: 100% (moved earlier than the script).'],
      ['INT. KITCHEN - NIGHT', 'chapter', 5080320000000n, 751887360000n, 'Dialogue heard: 100%.'],
      ['EXT. ROOFTOP - DAWN', 'chapter', 5832207360000n, 9408752640000n, 'No dialogue to match: placed by the script.'],
    ]);
  });

  it('reports a cut scene as missing and places it by the script', () => {
    const alignment = alignScript(script, timed('Where were you last night? Out with the band again.', 0), 60);
    expect(alignment.scenes.map((scene) => scene.status)).toEqual(['in-order', 'no-dialogue', 'missing']);
    expect(alignment.scenes[2]?.scriptedStart).toBeGreaterThan(alignment.scenes[1]?.scriptedStart ?? Infinity);
    expect(planSceneMarkers(alignment, frameRates['24'], 60).at(-1)?.comments).toBe('Not found in the edit: placed by the script.');
  });
});
