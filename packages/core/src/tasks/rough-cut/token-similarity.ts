/** Counts the work of similarity measures, so a test can show a plan grows linearly with the transcript. */
export interface WorkCounter {
  comparisons: number;
  /** Cells of the edit-distance tables filled. */
  cells: number;
}

/** Word-level edit distance between two token lists (insertions, deletions, substitutions of whole words). */
export function tokenEditDistance(a: readonly string[], b: readonly string[], work?: WorkCounter): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1), (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  if (work !== undefined) work.cells += a.length * b.length;
  return previous[b.length] ?? Math.max(a.length, b.length);
}

/** 1 for the same words in the same order, 0 for nothing alike: 1 − word edit distance / the longer length. */
export function tokenSimilarity(a: readonly string[], b: readonly string[], work?: WorkCounter): number {
  if (work !== undefined) work.comparisons += 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - tokenEditDistance(a, b, work) / longer;
}
