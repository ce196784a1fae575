/** A passage that may answer a question: its unit vector, and how many of the entries the question names it names. */
export interface PassageCandidate {
  readonly id: string;
  /** From `unitVector`, as the question's. */
  readonly vector: Float32Array;
  /** Entries named in the question that this passage names (or is the entry of). */
  readonly named: number;
}

/** A passage's place in the answer's sources, with both rankings it came from. */
export interface RankedPassage {
  readonly id: string;
  /** Cosine similarity to the question. */
  readonly similarity: number;
  /** 1-based rank by similarity among all candidates. */
  readonly similarityRank: number;
  /** 1-based rank among the passages naming the question's entries (most named first, then by similarity). */
  readonly mentionRank?: number;
  /** The fused score the list is sorted by. */
  readonly score: number;
}

const dot = (left: Float32Array, right: Float32Array): number => {
  let sum = 0;
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) sum += (left[index] as number) * (right[index] as number);
  return sum;
};

/**
 * Ranks passages for a question by reciprocal rank fusion (score = Σ 1 / (k + rank)) of two lists: every passage by
 * similarity to the question, and the passages that name the entries the question names. A passage high in both
 * comes first; a passage that names a rare entry of the question outranks mere similarity, while one naming an entry
 * found everywhere still has to be similar. Ties keep the candidates' order.
 */
export function rankPassages(question: Float32Array, candidates: readonly PassageCandidate[], k = 60): RankedPassage[] {
  const scored = candidates.map((candidate, order) => ({ candidate, order, similarity: dot(question, candidate.vector) }));
  const bySimilarity = [...scored].sort((a, b) => b.similarity - a.similarity || a.order - b.order);
  const byMentions = scored.filter((item) => item.candidate.named > 0).sort((a, b) => b.candidate.named - a.candidate.named || b.similarity - a.similarity || a.order - b.order);
  const similarityRanks = new Map(bySimilarity.map((item, rank) => [item.candidate.id, rank + 1]));
  const mentionRanks = new Map(byMentions.map((item, rank) => [item.candidate.id, rank + 1]));
  const ranked = scored.map(({ candidate, similarity, order }) => {
    const similarityRank = similarityRanks.get(candidate.id) as number;
    const mentionRank = mentionRanks.get(candidate.id);
    const score = 1 / (k + similarityRank) + (mentionRank === undefined ? 0 : 1 / (k + mentionRank));
    return { order, passage: { id: candidate.id, similarity, similarityRank, ...(mentionRank === undefined ? {} : { mentionRank }), score } };
  });
  return ranked.sort((a, b) => b.passage.score - a.passage.score || a.order - b.order).map((item) => item.passage);
}
