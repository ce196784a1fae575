import { describe, expect, it } from 'vitest';
import { parseTicks, secondsToTicks, ticksPerSecond, ticksToSeconds } from './ticks.js';

describe('ticks', () => {
  it('converts seconds to exact ticks, past the 2^53 limit of numbers', () => {
    expect(secondsToTicks(1)).toBe(254016000000n);
    expect(secondsToTicks(0.5)).toBe(127008000000n);
    expect(secondsToTicks(1.234)).toBe(313455744000n);
    // 10 hours: 9,144,576,000,000,000 ticks > 2^53 (9,007,199,254,740,992).
    expect(secondsToTicks(36_000)).toBe(9_144_576_000_000_000n);
    expect(secondsToTicks(36_000.5)).toBe(9_144_703_008_000_000n);
    expect(secondsToTicks(-2)).toBe(-508032000000n);
  });

  it('converts ticks back to seconds', () => {
    expect(ticksToSeconds(127008000000n)).toBe(0.5);
    expect(ticksToSeconds(9_144_703_008_000_000n)).toBe(36_000.5);
    expect(ticksToSeconds(secondsToTicks(12.345))).toBe(12.345);
  });

  it("reads Premiere's tick strings and rejects anything else", () => {
    expect(parseTicks('9144576000000000')).toBe(36_000n * ticksPerSecond);
    expect(() => parseTicks('1.5')).toThrow('Not a tick count: "1.5".');
    expect(() => secondsToTicks(Number.NaN)).toThrow('Not a time: NaN s.');
  });
});
