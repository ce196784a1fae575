/** Why a stretch of the media is proposed for removal. */
export type CutReason = 'silence' | 'filler' | 'retake';

/** One proposed cut, a row of the preview the editor can untick. Times in seconds of the source media. */
export interface PlannedCut {
  /** Stable within a plan: `silence-<n>`, `filler-<n>`, `retake-<n>`. */
  readonly id: string;
  readonly reason: CutReason;
  /** The rule behind it: `silence`, a filler phrase id (`*.um`), or `retake`. */
  readonly ruleId: string;
  readonly start: number;
  readonly end: number;
  /** Whether the cut is applied; the editor's untick sets it false. */
  readonly selected: boolean;
  /** `remove` closes the gap; `gap` leaves the time empty on the timeline (silences only). */
  readonly mode: 'remove' | 'gap';
  /** The words cut, for fillers and retakes. */
  readonly text?: string;
  /** Why, in words an editor can check: "2.4 s without speech", "take 1 of 3; the last good take starts at 0:41.2". */
  readonly note: string;
}
