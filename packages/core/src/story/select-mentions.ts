import type { Mention } from './mention.js';

/**
 * Keeps non-overlapping matches, leftmost first and longest at a start; entries sharing the exact span all stay, in
 * id order, so the result depends only on which matches there are, not on the order entries were given in.
 */
export function selectMentions(candidates: readonly Mention[]): Mention[] {
  return selectSortedMentions([...candidates].sort(compareCandidates));
}

/** The order `selectSortedMentions` needs: by start, longest first, then by entry id. */
export function compareCandidates(left: Mention, right: Mention): number {
  return left.start - right.start || right.end - left.end || (left.entryId < right.entryId ? -1 : left.entryId > right.entryId ? 1 : 0);
}

/** `selectMentions` for candidates already in `compareCandidates` order: one pass, no copy, no sort. */
export function selectSortedMentions(sorted: readonly Mention[]): Mention[] {
  const chosen: Mention[] = [];
  let coveredTo = 0;
  for (const candidate of sorted) {
    const last = chosen[chosen.length - 1];
    const sameSpan = last !== undefined && last.start === candidate.start && last.end === candidate.end;
    if (sameSpan && last.entryId !== candidate.entryId) {
      chosen.push(candidate);
    } else if (candidate.start >= coveredTo) {
      chosen.push(candidate);
      coveredTo = candidate.end;
    }
  }
  return chosen;
}

/** Merges two lists in `compareCandidates` order into one. */
export function mergeSortedCandidates(left: readonly Mention[], right: readonly Mention[]): Mention[] {
  const merged: Mention[] = [];
  let leftIndex = 0;
  let rightIndex = 0;
  while (leftIndex < left.length && rightIndex < right.length) {
    if (compareCandidates(left[leftIndex] as Mention, right[rightIndex] as Mention) <= 0) merged.push(left[leftIndex++] as Mention);
    else merged.push(right[rightIndex++] as Mention);
  }
  while (leftIndex < left.length) merged.push(left[leftIndex++] as Mention);
  while (rightIndex < right.length) merged.push(right[rightIndex++] as Mention);
  return merged;
}
