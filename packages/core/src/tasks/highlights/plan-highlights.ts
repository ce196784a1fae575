import type { Finding } from '../../findings/finding.js';
import type { GuardedEmbeddingModel } from '../../guard/guard-media-models.js';
import type { Cost } from '../../models/usage.js';
import { addCost, noCost } from '../../models/add-cost.js';
import { rankByMmr } from './rank-by-mmr.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** A stretch of the material that could go into a trailer: a scene, or a transcript segment. */
export interface HighlightSegment {
  readonly id: string;
  /** What is embedded: the scene text or the transcript words. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** How the plan names it, e.g. the scene heading; the id otherwise. */
  readonly label?: string;
}

/** What to plan. */
export interface PlanHighlightsRequest {
  readonly model: GuardedEmbeddingModel;
  /** The audience in a sentence or two, e.g. "fans of slow-burn coastal thrillers, no spoilers past act one". */
  readonly profile: string;
  readonly segments: readonly HighlightSegment[];
  readonly targetDurationSeconds: number;
  /** 0 ranks by fit to the profile alone; 1 by difference from what is already in; default 0.5. */
  readonly diversity?: number;
  /** `story` (default) plays the picks in source order; `rank` in the order they were picked. */
  readonly order?: 'story' | 'rank';
  readonly signal?: AbortSignal;
}

/** One beat of the plan. */
export interface HighlightItem {
  readonly id: string;
  readonly label: string;
  readonly sourceStart: number;
  readonly sourceEnd: number;
  /** Where it plays in the trailer. */
  readonly planStart: number;
  readonly planEnd: number;
  readonly relevance: number;
  /** Why it is in, in words an editor can argue with. */
  readonly rationale: string;
}

/** An ordered plan within the target duration. */
export interface HighlightPlan {
  readonly items: readonly HighlightItem[];
  readonly totalSeconds: number;
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

const two = (value: number): string => value.toFixed(2);

/**
 * Ranks segments for a viewer profile by embedding similarity with MMR diversity, so the plan is not five takes of
 * the same beat, then fills the target duration greedily in rank order, skipping what would overrun it.
 */
export async function planHighlights(request: PlanHighlightsRequest): Promise<HighlightPlan> {
  const values = [request.profile, ...request.segments.map((segment) => segment.text)];
  const vectors: (readonly number[])[] = [];
  let cost = noCost;
  const perCall = Math.max(1, request.model.maxValuesPerCall);
  for (let first = 0; first < values.length; first += perCall) {
    const result = await request.model.embed({ values: values.slice(first, first + perCall), ...omitUndefined({ signal: request.signal }) });
    vectors.push(...result.embeddings);
    cost = addCost(cost, result.cost);
  }
  const [profile = [], ...candidates] = vectors;
  const ranks = rankByMmr(profile, candidates, 1 - (request.diversity ?? 0.5));
  const picked: { rank: (typeof ranks)[number]; segment: HighlightSegment }[] = [];
  let total = 0;
  for (const rank of ranks) {
    const segment = request.segments[rank.index];
    if (segment === undefined) continue;
    const length = segment.end - segment.start;
    if (length <= 0 || total + length > request.targetDurationSeconds) continue;
    picked.push({ rank, segment });
    total += length;
  }
  if ((request.order ?? 'story') === 'story') picked.sort((a, b) => a.segment.start - b.segment.start);
  const labelOf = (index: number): string => {
    const segment = request.segments[index];
    return segment?.label ?? segment?.id ?? String(index);
  };
  let at = 0;
  const items = picked.map(({ rank, segment }) => {
    const planStart = at;
    at += segment.end - segment.start;
    const closest = rank.closest === undefined ? 'the best match' : `closest earlier pick: ${labelOf(rank.closest.index)} (${two(rank.closest.similarity)})`;
    return {
      id: segment.id,
      label: labelOf(rank.index),
      sourceStart: segment.start,
      sourceEnd: segment.end,
      planStart,
      planEnd: at,
      relevance: rank.relevance,
      rationale: `Fits the profile at ${two(rank.relevance)}; ${closest}.`,
    };
  });
  const findings: Finding[] =
    items.length === 0 && request.segments.length > 0
      ? [{ ruleId: 'highlights.nothing-fits', category: 'timing', severity: 'warning', message: `No segment fits in ${request.targetDurationSeconds} s.`, suggestion: 'Raise the target duration or split long segments.' }]
      : [];
  return { items, totalSeconds: at, findings, cost };
}
