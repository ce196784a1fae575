import { partitionPoint } from '../text/partition-point.js';

/** Maps an index in the clean text to the source offset of the character there (the side after any cut). */
export function cleanToSource(cuts: readonly number[], cleanIndex: number): number {
  // The last cut at or before `cleanIndex`: of cuts at the same index, the last one holds (it skips the most).
  const cut = Math.max(0, partitionPoint(cuts.length >> 1, (pair) => (cuts[pair * 2] ?? 0) <= cleanIndex) - 1);
  return (cuts[cut * 2 + 1] ?? 0) + cleanIndex - (cuts[cut * 2] ?? 0);
}

/** Maps an end index in the clean text to the source offset just after the character before it. */
export function cleanEndToSource(cuts: readonly number[], cleanIndex: number): number {
  return cleanIndex === 0 ? cleanToSource(cuts, 0) : cleanToSource(cuts, cleanIndex - 1) + 1;
}
