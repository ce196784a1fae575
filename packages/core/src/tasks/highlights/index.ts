// Trailer and highlight plans ranked for a viewer profile.
export { cosineSimilarity } from './cosine-similarity.js';
export { highlightSegmentsFromScreenplay } from './highlight-segments-from-screenplay.js';
export { highlightSegmentsFromTranscript } from './highlight-segments-from-transcript.js';
export { planHighlights, type HighlightItem, type HighlightPlan, type HighlightSegment, type PlanHighlightsRequest } from './plan-highlights.js';
export { rankByMmr, type MmrRank } from './rank-by-mmr.js';
