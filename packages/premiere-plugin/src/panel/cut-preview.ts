import type { CutReason, PlannedCut } from '@reelkit/core/tasks/rough-cut';

/** One row of the rough cut's preview: a cut the editor can untick. */
export interface CutRow {
  readonly id: string;
  readonly reason: CutReason;
  /** `0:01.4–0:02.1 · silence · 1.0 s without speech.` */
  readonly label: string;
  readonly checked: boolean;
}

const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${(Math.round((seconds % 60) * 10) / 10).toFixed(1).padStart(4, '0')}`;

/** The preview rows of a plan's cuts, ticked as the plan proposes them. */
export function cutRows(cuts: readonly PlannedCut[]): CutRow[] {
  return cuts.map((cut) => ({ id: cut.id, reason: cut.reason, label: `${clock(cut.start)}–${clock(cut.end)} · ${cut.reason} · ${cut.note}`, checked: cut.selected }));
}

/** The rows with one cut, or every cut of a reason, ticked or unticked. */
export function toggleCutRows(rows: readonly CutRow[], target: { readonly id: string } | { readonly reason: CutReason }, checked: boolean): CutRow[] {
  return rows.map((row) => (('id' in target ? row.id === target.id : row.reason === target.reason) ? { ...row, checked } : row));
}

/** What the editor chose, as `selectCuts` takes it. */
export function cutSelection(rows: readonly CutRow[]): Record<string, boolean> {
  return Object.fromEntries(rows.map((row) => [row.id, row.checked]));
}
