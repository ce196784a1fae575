import type { CaptionCue } from './caption-cue.js';
import type { CaptionRules } from './caption-rules.js';
import { readingCharacters } from './reading-characters.js';

/**
 * Adjusts cue ends in place order: a cue shorter than the minimum duration or than its reading time is extended
 * into the following silence (never past the next cue less the minimum gap, nor past the maximum duration); a gap
 * under `closeGapsUnderSeconds` is closed down to the minimum gap; a cue that runs into the next is cut back to
 * leave the minimum gap. Times are rounded to milliseconds. What still breaks a rule is left for `checkCaptions`.
 */
export function fitCueTiming(cues: readonly CaptionCue[], rules: CaptionRules): CaptionCue[] {
  return cues.map((cue, index) => {
    const next = cues[index + 1];
    const limit = next === undefined ? Number.POSITIVE_INFINITY : next.start - rules.minGapSeconds;
    const wanted = Math.max(rules.minDurationSeconds, readingCharacters(cue.lines) / rules.maxCharsPerSecond);
    let end = cue.end;
    if (end - cue.start < wanted) end = Math.max(end, Math.min(cue.start + wanted, limit, cue.start + rules.maxDurationSeconds));
    if (next !== undefined && next.start - end < rules.closeGapsUnderSeconds) {
      end = Math.max(end, Math.min(limit, cue.start + rules.maxDurationSeconds));
    }
    if (end > limit) end = Math.max(cue.start, limit);
    return { ...cue, start: roundMs(cue.start), end: roundMs(end) };
  });
}

function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
