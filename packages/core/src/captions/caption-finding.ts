/** Stable ids of the caption rules a finding can report. */
export type CaptionRuleId = 'max-chars-per-line' | 'max-lines' | 'max-chars-per-second' | 'min-duration' | 'max-duration' | 'min-gap';

/** A rule a cue breaks and segmentation could not fix, reported instead of silently broken. */
export interface CaptionFinding {
  readonly cueIndex: number;
  readonly rule: CaptionRuleId;
  readonly message: string;
}
