/** Premiere's time unit: 254016000000 ticks a second, divisible by every common frame rate's frame duration. */
export const ticksPerSecond = 254_016_000_000n;

/**
 * Seconds to ticks, exact to the tick. BigInt because an hour is 9.1e14 ticks and a number stops being exact past
 * 2^53 ticks (about 9.8 hours); the whole and fractional seconds are converted apart so the product never rounds.
 */
export function secondsToTicks(seconds: number): bigint {
  if (!Number.isFinite(seconds)) throw new RangeError(`Not a time: ${seconds} s.`);
  const whole = Math.trunc(seconds);
  return BigInt(whole) * ticksPerSecond + BigInt(Math.round((seconds - whole) * Number(ticksPerSecond)));
}

/** Ticks to seconds (a number: exact to well under a microsecond for any edit length). */
export function ticksToSeconds(ticks: bigint): number {
  const whole = ticks / ticksPerSecond;
  return Number(whole) + Number(ticks - whole * ticksPerSecond) / Number(ticksPerSecond);
}

/** Reads the decimal tick string Premiere's `TickTime.ticks` gives. */
export function parseTicks(ticks: string): bigint {
  if (!/^-?\d+$/.test(ticks)) throw new RangeError(`Not a tick count: "${ticks}".`);
  return BigInt(ticks);
}
