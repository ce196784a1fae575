import type { PlannedCut } from './planned-cut.js';

/** A stretch of the source kept in the cut, and where it plays in the new sequence (seconds). */
export interface KeptRange {
  readonly sourceStart: number;
  readonly sourceEnd: number;
  readonly planStart: number;
  readonly planEnd: number;
}

/** What remains of the source once the selected cuts are made. */
export interface KeptTimeline {
  readonly kept: readonly KeptRange[];
  /** The new sequence's length: kept media plus the gaps left in place of silences. */
  readonly planSeconds: number;
}

const round = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/**
 * The kept ranges for the selected cuts: overlapping cuts merge (a merged cut leaves a gap only if every cut in it
 * asked for one), kept pieces shorter than `minKeepSeconds` are dropped (too short to see), and each kept range is
 * placed after the previous one plus any gap.
 */
export function keptRanges(cuts: readonly PlannedCut[], durationSeconds: number, minKeepSeconds = 0.2): KeptTimeline {
  const selected = cuts.filter((cut) => cut.selected && cut.end > cut.start).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number; gap: boolean }[] = [];
  for (const cut of selected) {
    const last = merged.at(-1);
    if (last !== undefined && cut.start <= last.end) {
      last.end = Math.max(last.end, cut.end);
      last.gap = last.gap && cut.mode === 'gap';
    } else merged.push({ start: Math.max(0, cut.start), end: Math.min(durationSeconds, cut.end), gap: cut.mode === 'gap' });
  }
  const kept: KeptRange[] = [];
  let sourceAt = 0;
  let planAt = 0;
  const keep = (end: number): void => {
    if (end - sourceAt >= minKeepSeconds) {
      kept.push({ sourceStart: round(sourceAt), sourceEnd: round(end), planStart: round(planAt), planEnd: round(planAt + end - sourceAt) });
      planAt += end - sourceAt;
    }
  };
  for (const cut of merged) {
    keep(cut.start);
    if (cut.gap) planAt += cut.end - cut.start;
    sourceAt = cut.end;
  }
  keep(durationSeconds);
  return { kept, planSeconds: round(planAt) };
}
