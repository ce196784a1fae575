// Rough cuts from a transcript: silences, filler words and retakes as a preview of cuts with reasons, then kept ranges.
export { fillerPhrases, fillerPhrasesFor, primaryLanguage, type FillerPhrase } from './filler-phrases.js';
export { findFillers } from './find-fillers.js';
export { findRetakes, type RetakeOptions } from './find-retakes.js';
export { findSilences, type SilenceOptions } from './find-silences.js';
export { keptRanges, type KeptRange, type KeptTimeline } from './kept-ranges.js';
export { planRoughCut, type RoughCutOptions, type RoughCutPlan } from './plan-rough-cut.js';
export type { CutReason, PlannedCut } from './planned-cut.js';
export { readPremiereTranscript, type PremiereTranscriptWords } from './read-premiere-transcript.js';
export { selectCuts } from './select-cuts.js';
export { splitSpokenLines, type SpokenLine } from './spoken-line.js';
export { spokenTokens } from './spoken-tokens.js';
export type { SpokenWord } from './spoken-word.js';
export { summarizeRoughCut, type RoughCutSummary } from './summarize-rough-cut.js';
export { tokenEditDistance, tokenSimilarity, type WorkCounter } from './token-similarity.js';
