import { describe, expect, it } from 'vitest';
import { frameRateFromTicksPerFrame, frameRates } from './frame-rate.js';
import { alignToFrame, frameToTicks, ticksPerFrame, ticksToFrame } from './frame-ticks.js';
import { secondsToTicks } from './ticks.js';

describe('frame ticks', () => {
  it('gives the whole ticks per frame of every common rate', () => {
    expect(Object.fromEntries(Object.entries(frameRates).map(([name, rate]) => [name, ticksPerFrame(rate)]))).toEqual({
      '23.976': 10594584000n,
      '24': 10584000000n,
      '25': 10160640000n,
      '29.97 DF': 8475667200n,
      '29.97 NDF': 8475667200n,
      '30': 8467200000n,
      '50': 5080320000n,
      '59.94 DF': 4237833600n,
      '59.94 NDF': 4237833600n,
      '60': 4233600000n,
    });
  });

  it("recovers the rate from Premiere's ticksPerFrame", () => {
    expect(frameRateFromTicksPerFrame(10594584000n)).toEqual({ numerator: 24000, denominator: 1001, dropFrame: false });
    expect(frameRateFromTicksPerFrame(8475667200n, true)).toEqual({ numerator: 30000, denominator: 1001, dropFrame: true });
    expect(frameRateFromTicksPerFrame(10160640000n)).toEqual({ numerator: 25, denominator: 1, dropFrame: false });
    expect(frameRateFromTicksPerFrame(4233600000n)).toEqual({ numerator: 60, denominator: 1, dropFrame: false });
  });

  it('floors to the frame a time is in, or rounds to the nearest boundary', () => {
    const rate = frameRates['23.976'];
    // 1 s at 23.976 is frame 23.976: inside frame 23, nearer frame 24.
    expect(ticksToFrame(secondsToTicks(1), rate)).toBe(23n);
    expect(ticksToFrame(secondsToTicks(1), rate, 'nearest')).toBe(24n);
    expect(alignToFrame(secondsToTicks(1), rate)).toBe(254270016000n);
    expect(alignToFrame(secondsToTicks(1), rate, 'floor')).toBe(243675432000n);
    // Exactly half a frame rounds up; a tick less rounds down.
    expect(ticksToFrame(5292000000n, frameRates['24'], 'nearest')).toBe(1n);
    expect(ticksToFrame(5291999999n, frameRates['24'], 'nearest')).toBe(0n);
    expect(ticksToFrame(-1n, frameRates['24'])).toBe(-1n);
  });

  it('keeps frame arithmetic exact ten hours in', () => {
    const rate = frameRates['29.97 NDF'];
    const frame = 1_078_920n; // 10 h of 29.97 footage
    expect(ticksToFrame(frameToTicks(frame, rate), rate)).toBe(frame);
    expect(frameToTicks(frame, rate)).toBe(9_144_566_855_424_000n);
    expect(frameToTicks(frame, rate) + 1n).toBe(9_144_566_855_424_001n);
  });
});
