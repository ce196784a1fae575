import { describe, expect, it } from 'vitest';
import { frameRates } from '../time/frame-rate.js';
import { secondsToTicks } from '../time/ticks.js';
import { markerRange } from './marker-range.js';
import { planHighlightMarkers } from './plan-highlight-markers.js';

const marker = (name: string, start: number, duration = 0) => ({ name, comments: '', type: 'Comment', startTicks: secondsToTicks(start), durationTicks: secondsToTicks(duration) });

describe('markerRange', () => {
  it("uses a marker's own duration, else the next marker, else the sequence end", () => {
    const markers = [marker('Chase', 10, 32.5), marker('Calm', 50), marker('End', 80)];
    const end = secondsToTicks(95);
    expect(markerRange(markers, 'Chase', end)).toEqual({ startSeconds: 10, durationSeconds: 32.5 });
    expect(markerRange(markers, 'Calm', end)).toEqual({ startSeconds: 50, durationSeconds: 30 });
    expect(markerRange(markers, 'End', end)).toEqual({ startSeconds: 80, durationSeconds: 15 });
    expect(markerRange(markers, 'Missing', end)).toBeUndefined();
  });
});

describe('planHighlightMarkers', () => {
  it('numbers the plan and snaps each moment to whole frames', () => {
    expect(planHighlightMarkers([{ label: 'The kiss', startSeconds: 61.01, endSeconds: 63.5, reason: 'Highest emotion score' }, { label: 'Door', startSeconds: 5, endSeconds: 5 }], frameRates['25'])).toEqual([
      // 61.01 s is frame 1525.25 → 1525 (61.0 s); 63.5 s is frame 1587.5 → 1588 (63.52 s).
      { name: 'Trailer 1: The kiss', kind: 'comment', startTicks: 15494976000000n, durationTicks: 640120320000n, comments: 'Highest emotion score' },
      { name: 'Trailer 2: Door', kind: 'comment', startTicks: 1270080000000n, durationTicks: 0n },
    ]);
  });
});
