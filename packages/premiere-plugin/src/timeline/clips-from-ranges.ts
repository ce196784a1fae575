import type { SequenceClip } from '../ports/sequence-build.js';
import { alignToFrame } from '../time/frame-ticks.js';
import type { FrameRate } from '../time/frame-rate.js';
import { secondsToTicks } from '../time/ticks.js';

/** A planned range in seconds: a stretch of a clip's media and where it plays in the new sequence. */
export interface PlannedRange {
  readonly mediaPath: string;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly planStart: number;
  readonly planEnd: number;
}

/**
 * Planned ranges as sequence clips in ticks, on frame boundaries: each clip starts where the one before ends, plus
 * the gap the plan leaves (a silence kept as a gap), so frame rounding never opens a hairline gap or overlaps two
 * clips. A range shorter than a frame once aligned is dropped.
 */
export function clipsFromRanges(ranges: readonly PlannedRange[], rate: FrameRate | undefined): SequenceClip[] {
  const align = (seconds: number): bigint => (rate === undefined ? secondsToTicks(seconds) : alignToFrame(secondsToTicks(seconds), rate));
  const clips: SequenceClip[] = [];
  let at = 0n;
  let planEnd = 0;
  for (const range of ranges) {
    const sourceInTicks = align(range.sourceStart);
    const sourceOutTicks = align(range.sourceEnd);
    if (sourceOutTicks <= sourceInTicks) continue;
    const gap = align(Math.max(0, range.planStart - planEnd));
    at += gap;
    clips.push({ mediaPath: range.mediaPath, sourceInTicks, sourceOutTicks, atTicks: at });
    at += sourceOutTicks - sourceInTicks;
    planEnd = range.planEnd;
  }
  return clips;
}
