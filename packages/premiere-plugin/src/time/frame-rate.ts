/** A video frame rate as an exact fraction (29.97 is 30000/1001), and whether its timecode drops frame numbers. */
export interface FrameRate {
  readonly numerator: number;
  readonly denominator: number;
  /** Drop-frame timecode (29.97 and 59.94 only): skips frame numbers so the clock keeps up with real time. */
  readonly dropFrame: boolean;
}

/** The frame rates editors use, by the name Premiere shows. */
export const frameRates = {
  '23.976': { numerator: 24000, denominator: 1001, dropFrame: false },
  '24': { numerator: 24, denominator: 1, dropFrame: false },
  '25': { numerator: 25, denominator: 1, dropFrame: false },
  '29.97 DF': { numerator: 30000, denominator: 1001, dropFrame: true },
  '29.97 NDF': { numerator: 30000, denominator: 1001, dropFrame: false },
  '30': { numerator: 30, denominator: 1, dropFrame: false },
  '50': { numerator: 50, denominator: 1, dropFrame: false },
  '59.94 DF': { numerator: 60000, denominator: 1001, dropFrame: true },
  '59.94 NDF': { numerator: 60000, denominator: 1001, dropFrame: false },
  '60': { numerator: 60, denominator: 1, dropFrame: false },
} as const satisfies Record<string, FrameRate>;

/** The nominal (timecode) rate: 30 for 29.97, 24 for 23.976. */
export function timecodeBase(rate: FrameRate): number {
  return Math.round(rate.numerator / rate.denominator);
}

/**
 * The frame rate for Premiere's ticks per frame (`FrameRate.ticksPerFrame`), which is exact where fps is not.
 * Drop frame is a display choice Premiere keeps elsewhere, so the caller says.
 */
export function frameRateFromTicksPerFrame(ticksPerFrame: bigint, dropFrame = false): FrameRate {
  const ntsc = 254_016_000_000n * 1001n;
  if (ntsc % ticksPerFrame === 0n && (ntsc / ticksPerFrame) % 1000n === 0n) {
    return { numerator: Number(ntsc / ticksPerFrame), denominator: 1001, dropFrame };
  }
  const gcd = greatestCommonDivisor(254_016_000_000n, ticksPerFrame);
  return { numerator: Number(254_016_000_000n / gcd), denominator: Number(ticksPerFrame / gcd), dropFrame: false };
}

function greatestCommonDivisor(a: bigint, b: bigint): bigint {
  return b === 0n ? a : greatestCommonDivisor(b, a % b);
}
