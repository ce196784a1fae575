import type { CutReason } from './planned-cut.js';
import type { RoughCutPlan } from './plan-rough-cut.js';

/** What a rough cut removes, per reason, and how long the result is. */
export interface RoughCutSummary {
  /** Selected cuts and the seconds they take out (overlaps counted once per reason). */
  readonly removed: Readonly<Record<CutReason, { readonly count: number; readonly seconds: number }>>;
  readonly sourceSeconds: number;
  readonly planSeconds: number;
  /** "Removed 12 silences (41.3 s), 8 fillers (3.1 s), 2 retakes (9.0 s): 10:02.0 → 9:08.6." */
  readonly text: string;
}

// Rounded in decimal first: 2.15 is 2.1499… in binary, and toFixed alone would show 2.1.
const tenths = (seconds: number): string => (Math.round(seconds * 10) / 10).toFixed(1);
const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${tenths(seconds % 60).padStart(4, '0')}`;
const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;
const names: Record<CutReason, [string, string]> = { silence: ['silence', 'silences'], filler: ['filler', 'fillers'], retake: ['retake', 'retakes'] };

/** Sums a plan's selected cuts per reason and says, in one line, what was removed and the new duration. */
export function summarizeRoughCut(plan: RoughCutPlan): RoughCutSummary {
  const removed = { silence: { count: 0, seconds: 0 }, filler: { count: 0, seconds: 0 }, retake: { count: 0, seconds: 0 } };
  for (const reason of ['silence', 'filler', 'retake'] as const) {
    const cuts = plan.cuts.filter((cut) => cut.selected && cut.reason === reason).sort((a, b) => a.start - b.start);
    let coveredTo = 0;
    for (const cut of cuts) {
      removed[reason].seconds += Math.max(0, cut.end - Math.max(cut.start, coveredTo));
      coveredTo = Math.max(coveredTo, cut.end);
    }
    removed[reason] = { count: cuts.length, seconds: round(removed[reason].seconds) };
  }
  // Silences left as gaps keep their time on the timeline: the summary says so rather than count them as shortening it.
  const gaps = plan.cuts.some((cut) => cut.selected && cut.reason === 'silence' && cut.mode === 'gap');
  const parts = (['silence', 'filler', 'retake'] as const)
    .filter((reason) => removed[reason].count > 0)
    .map((reason) => `${removed[reason].count} ${names[reason][removed[reason].count === 1 ? 0 : 1]} (${tenths(removed[reason].seconds)} s${reason === 'silence' && gaps ? ', left as gaps' : ''})`);
  const text = `${parts.length === 0 ? 'Nothing removed' : `Removed ${parts.join(', ')}`}: ${clock(plan.sourceSeconds)} → ${clock(plan.planSeconds)}.`;
  return { removed, sourceSeconds: plan.sourceSeconds, planSeconds: plan.planSeconds, text };
}
