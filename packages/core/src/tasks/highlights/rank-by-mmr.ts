import { cosineSimilarity } from './cosine-similarity.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** One candidate in maximal-marginal-relevance order, with the figures that put it there. */
export interface MmrRank {
  readonly index: number;
  /** Similarity to the query. */
  readonly relevance: number;
  /** The most similar candidate ranked before it, when there is one. */
  readonly closest?: { readonly index: number; readonly similarity: number };
  /** `lambda * relevance - (1 - lambda) * closest similarity`. */
  readonly score: number;
}

/**
 * Orders candidates by maximal marginal relevance (Carbonell & Goldstein, 1998): each pick maximises relevance to
 * the query minus similarity to what was already picked, so near-duplicates sink. `lambda` 1 ranks by relevance
 * alone; 0 by novelty alone.
 */
export function rankByMmr(query: readonly number[], candidates: readonly (readonly number[])[], lambda: number): MmrRank[] {
  const relevance = candidates.map((vector) => cosineSimilarity(query, vector));
  const remaining = new Set(candidates.keys());
  const ranked: MmrRank[] = [];
  while (remaining.size > 0) {
    let best: MmrRank | undefined;
    for (const index of remaining) {
      let closest: MmrRank['closest'];
      for (const picked of ranked) {
        const similarity = cosineSimilarity(candidates[index] ?? [], candidates[picked.index] ?? []);
        if (closest === undefined || similarity > closest.similarity) closest = { index: picked.index, similarity };
      }
      const score = lambda * (relevance[index] ?? 0) - (1 - lambda) * (closest?.similarity ?? 0);
      if (best === undefined || score > best.score) best = { index, relevance: relevance[index] ?? 0, ...omitUndefined({ closest }), score };
    }
    if (best === undefined) break;
    ranked.push(best);
    remaining.delete(best.index);
  }
  return ranked;
}
