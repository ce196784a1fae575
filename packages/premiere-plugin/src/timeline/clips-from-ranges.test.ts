import { describe, expect, it } from 'vitest';
import { frameRates } from '../time/frame-rate.js';
import { ticksPerFrame } from '../time/frame-ticks.js';
import { clipsFromRanges } from './clips-from-ranges.js';

const frame = ticksPerFrame(frameRates['25']);
const media = '/media/interview.mov';

describe('clipsFromRanges', () => {
  it('lays frame-aligned clips end to end, keeping the gaps the plan leaves and dropping sub-frame slivers', () => {
    const clips = clipsFromRanges(
      [
        { mediaPath: media, sourceStart: 0, sourceEnd: 0.5, planStart: 0, planEnd: 0.5 },
        // 0.01 s: less than a 25 fps frame once aligned.
        { mediaPath: media, sourceStart: 1, sourceEnd: 1.01, planStart: 0.5, planEnd: 0.51 },
        // 2.1–4.015 s: 52.5 → 53 frames in, 100.375 → 100 out; 1.01 s (25 frames) after the first, a silence kept as a gap.
        { mediaPath: media, sourceStart: 2.1, sourceEnd: 4.015, planStart: 1.51, planEnd: 3.425 },
      ],
      frameRates['25'],
    );
    expect(clips.map((clip) => [clip.sourceInTicks / frame, clip.sourceOutTicks / frame, clip.atTicks / frame])).toEqual([
      // 0.5 s is 12.5 frames: a half rounds up.
      [0n, 13n, 0n],
      [53n, 100n, 13n + 25n],
    ]);
  });
});
