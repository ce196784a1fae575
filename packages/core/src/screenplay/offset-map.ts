/** Maps an index in the clean text to the source offset of the character there (the side after any cut). */
export function cleanToSource(cuts: readonly number[], cleanIndex: number): number {
  let low = 0;
  let high = (cuts.length >> 1) - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((cuts[middle * 2] ?? 0) <= cleanIndex) low = middle;
    else high = middle - 1;
  }
  return (cuts[low * 2 + 1] ?? 0) + cleanIndex - (cuts[low * 2] ?? 0);
}

/** Maps an end index in the clean text to the source offset just after the character before it. */
export function cleanEndToSource(cuts: readonly number[], cleanIndex: number): number {
  return cleanIndex === 0 ? cleanToSource(cuts, 0) : cleanToSource(cuts, cleanIndex - 1) + 1;
}
