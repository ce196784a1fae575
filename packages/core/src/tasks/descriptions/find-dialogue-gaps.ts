/** A stretch of time in seconds, e.g. a caption cue, a timed word or a gap. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

/** How gaps are found. */
export interface DialogueGapOptions {
  /** The media's length, so the stretch after the last line counts; without it, the gaps end at the last line. */
  readonly mediaDurationSeconds?: number;
  /** Gaps shorter than this (after padding) are no use for a description; default 1 s. */
  readonly minGapSeconds?: number;
  /** Kept clear after a line ends and before the next starts, so descriptions never clip dialogue; default 0.2 s. */
  readonly paddingSeconds?: number;
}

/**
 * The silences between spoken lines (caption cues or transcript words, in any order, overlapping or not), padded
 * away from the dialogue and at least `minGapSeconds` long, in time order.
 */
export function findDialogueGaps(speech: readonly TimeSpan[], options: DialogueGapOptions = {}): TimeSpan[] {
  const minGap = options.minGapSeconds ?? 1;
  const padding = options.paddingSeconds ?? 0.2;
  const sorted = [...speech].filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  const gaps: TimeSpan[] = [];
  let cursor = 0;
  let afterSpeech = false;
  // Caption times are whole milliseconds; rounding keeps 3.1 + 0.2 from becoming 3.3000000000000003.
  const milliseconds = (seconds: number): number => Math.round(seconds * 1000) / 1000;
  const add = (start: number, end: number): void => {
    if (end - start >= minGap) gaps.push({ start: milliseconds(start), end: milliseconds(end) });
  };
  for (const span of sorted) {
    if (span.start > cursor) add(afterSpeech ? cursor + padding : cursor, span.start - padding);
    cursor = Math.max(cursor, span.end);
    afterSpeech = true;
  }
  if (options.mediaDurationSeconds !== undefined && options.mediaDurationSeconds > cursor) {
    add(afterSpeech ? cursor + padding : cursor, options.mediaDurationSeconds);
  }
  return gaps;
}
