import type { FrameRate } from './frame-rate.js';
import { ticksPerSecond } from './ticks.js';

/** How a time between two frames lands on one: the frame it is in, or the nearer boundary (halves round up). */
export type FrameRounding = 'floor' | 'nearest';

/** Ticks in one frame; an integer for every rate whose denominator is 1 or 1001. */
export function ticksPerFrame(rate: FrameRate): bigint {
  const numerator = ticksPerSecond * BigInt(rate.denominator);
  const frames = BigInt(rate.numerator);
  if (numerator % frames !== 0n) throw new RangeError(`${rate.numerator}/${rate.denominator} fps has no whole number of ticks per frame.`);
  return numerator / frames;
}

/** The frame number at a time, like Premiere's `alignToFrame` (floor) and `alignToNearestFrame` (nearest). */
export function ticksToFrame(ticks: bigint, rate: FrameRate, rounding: FrameRounding = 'floor'): bigint {
  const perFrame = ticksPerFrame(rate);
  const shifted = rounding === 'nearest' ? ticks + perFrame / 2n : ticks;
  const quotient = shifted / perFrame;
  // BigInt division truncates toward zero; frames before the zero point still floor.
  return shifted < 0n && quotient * perFrame !== shifted ? quotient - 1n : quotient;
}

/** The tick at which a frame starts. */
export function frameToTicks(frame: bigint, rate: FrameRate): bigint {
  return frame * ticksPerFrame(rate);
}

/** A time moved onto a frame boundary. */
export function alignToFrame(ticks: bigint, rate: FrameRate, rounding: FrameRounding = 'nearest'): bigint {
  return frameToTicks(ticksToFrame(ticks, rate, rounding), rate);
}
