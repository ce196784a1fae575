import { fillerPhrasesFor, type FillerPhrase } from './filler-phrases.js';
import { findFillers } from './find-fillers.js';
import { findRetakes, type RetakeOptions } from './find-retakes.js';
import { findSilences, type SilenceOptions } from './find-silences.js';
import { keptRanges, type KeptRange } from './kept-ranges.js';
import type { PlannedCut } from './planned-cut.js';
import { splitSpokenLines } from './spoken-line.js';
import type { SpokenWord } from './spoken-word.js';
import type { WorkCounter } from './token-similarity.js';

/** What the rough cut removes; each part can be turned off with `false`. */
export interface RoughCutOptions {
  /** Language of the speech (`en`, `de-de`): picks the filler phrases. */
  readonly language?: string;
  readonly silences?: SilenceOptions | false;
  /** Filler phrases to cut; the built-in list for the language by default. */
  readonly fillers?: { readonly phrases?: readonly FillerPhrase[] } | false;
  readonly retakes?: RetakeOptions | false;
  /** Kept pieces shorter than this are dropped (default 0.2 s). */
  readonly minKeepSeconds?: number;
  /** A pause this long ends a spoken line (default 0.7 s). */
  readonly linePauseSeconds?: number;
}

/** A rough cut to preview: every proposed cut with its reason, and what is kept. */
export interface RoughCutPlan {
  readonly cuts: readonly PlannedCut[];
  readonly kept: readonly KeptRange[];
  readonly sourceSeconds: number;
  readonly planSeconds: number;
  readonly minKeepSeconds: number;
  /** How much work the plan took, counted rather than timed. */
  readonly work: { readonly words: number; readonly lines: number } & Readonly<WorkCounter>;
}

/**
 * Plans a rough cut from timed words: silences, filler words and repeated takes (the last good take kept), each a
 * cut with its reason; then the kept ranges, in source order, laid end to end (silences left as gaps where asked).
 * Pure and linear in the transcript's length: takes are compared only within a window of nearby lines.
 */
export function planRoughCut(words: readonly SpokenWord[], sourceSeconds: number, options: RoughCutOptions = {}): RoughCutPlan {
  const ordered = [...words].sort((a, b) => a.start - b.start);
  const phrases = options.fillers === false ? [] : (options.fillers?.phrases ?? fillerPhrasesFor(options.language));
  const work: WorkCounter = { comparisons: 0, cells: 0 };
  const lines = splitSpokenLines(ordered, options.linePauseSeconds);
  const hesitations = new Set(phrases.filter((phrase) => phrase.kind === 'hesitation' && phrase.words.length === 1).map((phrase) => phrase.words[0] ?? ''));
  const cuts = [
    ...(options.silences === false ? [] : findSilences(ordered, sourceSeconds, options.silences)),
    ...(options.fillers === false ? [] : findFillers(ordered, phrases)),
    ...(options.retakes === false ? [] : findRetakes(lines, hesitations, options.retakes, work)),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const minKeepSeconds = options.minKeepSeconds ?? 0.2;
  const { kept, planSeconds } = keptRanges(cuts, sourceSeconds, minKeepSeconds);
  return { cuts, kept, sourceSeconds, planSeconds, minKeepSeconds, work: { words: ordered.length, lines: lines.length, ...work } };
}
