/** Broadcast rules captions are segmented by and checked against. */
export interface CaptionRules {
  readonly maxCharsPerLine: number;
  readonly maxLines: number;
  /** Reading speed: characters (spaces included, line breaks not) per second of display. */
  readonly maxCharsPerSecond: number;
  readonly minDurationSeconds: number;
  readonly maxDurationSeconds: number;
  /** Smallest gap between consecutive cues, so the viewer sees a change (2 frames). */
  readonly minGapSeconds: number;
  /** A silence longer than this ends a cue. */
  readonly pauseSeconds: number;
  /** Gaps shorter than this are closed down to `minGapSeconds`, so captions do not flicker off and on. */
  readonly closeGapsUnderSeconds: number;
  /** `new-cue`: each speaker turn starts a cue. `dash`: two turns may share a cue, one line each, `- ` before each. */
  readonly speakerChange: 'new-cue' | 'dash';
}

/**
 * Netflix/BBC-style defaults: 42 characters a line, 2 lines, 17 characters a second, 0.83 s (20 frames at 24 fps)
 * to 7 s a cue, 2 frames (83 ms) between cues, a new cue after a 0.7 s pause, gaps under 0.5 s closed.
 */
export const defaultCaptionRules: CaptionRules = {
  maxCharsPerLine: 42,
  maxLines: 2,
  maxCharsPerSecond: 17,
  minDurationSeconds: 0.83,
  maxDurationSeconds: 7,
  minGapSeconds: 0.083,
  pauseSeconds: 0.7,
  closeGapsUnderSeconds: 0.5,
  speakerChange: 'new-cue',
};
