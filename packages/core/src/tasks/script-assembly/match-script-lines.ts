import { fillerPhrasesFor } from '../rough-cut/filler-phrases.js';
import { splitSpokenLines, type SpokenLine } from '../rough-cut/spoken-line.js';
import type { SpokenWord } from '../rough-cut/spoken-word.js';
import { tokenSimilarity, type WorkCounter } from '../rough-cut/token-similarity.js';
import type { ScriptLine } from './script-line.js';

/** One clip's transcript, a source of takes. */
export interface TakeSource {
  /** The caller's name for the source, e.g. its media path. */
  readonly id: string;
  readonly words: readonly SpokenWord[];
}

/** A take of a script line: up to three consecutive spoken lines of one source. */
export interface Take {
  readonly sourceId: string;
  /** Spoken lines `firstLine` to `endLine - 1` of the source. */
  readonly firstLine: number;
  readonly endLine: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Word similarity to the script line, 0..1. */
  readonly similarity: number;
}

/** A script line and every take of it found, in the order they were shot (source order, then time). */
export interface MatchedScriptLine {
  readonly line: ScriptLine;
  readonly takes: readonly Take[];
  /** The best take: the most similar, and of takes within `tieMargin` of it, the last one shot. */
  readonly best?: Take;
}

/** How takes are matched to the script. */
export interface MatchOptions {
  /** The least word similarity a take needs (default 0.6: an actor's paraphrase still counts). */
  readonly minSimilarity?: number;
  /** Takes this close to the best count as equally good, and the last of them wins (default 0.05). */
  readonly tieMargin?: number;
  /** Spoken lines a take may span (default 3): a speech said in several breaths. */
  readonly maxSpan?: number;
  /** Language of the speech, so its hesitations do not count against a take. */
  readonly language?: string;
}

const keysOf = (tokens: readonly string[]): string[] => (tokens.length < 3 ? [tokens.join(' ')] : tokens.slice(2).map((_, index) => tokens.slice(index, index + 3).join(' ')));
// Candidates per script line, by shared three-word runs: keeps the work linear when a common phrase recurs.
const maxCandidates = 24;

/**
 * Finds the takes of every script line in the sources: spoken lines sharing a three-word run with the script line
 * are candidates, each grown to the span of up to `maxSpan` neighbouring lines that reads most like it, and kept when
 * `minSimilarity` alike; overlapping takes keep the better. Work is bounded per script line, so linear overall.
 */
export function matchScriptLines(lines: readonly ScriptLine[], sources: readonly TakeSource[], options: MatchOptions = {}, work?: WorkCounter): MatchedScriptLine[] {
  const minimum = options.minSimilarity ?? 0.6;
  const margin = options.tieMargin ?? 0.05;
  const maxSpan = options.maxSpan ?? 3;
  const hesitations = new Set(fillerPhrasesFor(options.language).filter((phrase) => phrase.kind === 'hesitation').flatMap((phrase) => phrase.words));
  const spoken = sources.map((source) => splitSpokenLines([...source.words].sort((a, b) => a.start - b.start)).map((line) => ({ line, tokens: line.tokens.filter((token) => !hesitations.has(token)) })));
  const index = new Map<string, { source: number; line: number }[]>();
  spoken.forEach((lineList, source) =>
    lineList.forEach(({ tokens }, line) => {
      for (const key of new Set(keysOf(tokens))) {
        const list = index.get(key);
        if (list === undefined) index.set(key, [{ source, line }]);
        else list.push({ source, line });
      }
    }),
  );
  return lines.map((line) => {
    const hits = new Map<string, { source: number; line: number; count: number }>();
    for (const key of new Set(keysOf(line.tokens))) {
      for (const hit of index.get(key) ?? []) {
        const id = `${hit.source}:${hit.line}`;
        hits.set(id, { ...hit, count: (hits.get(id)?.count ?? 0) + 1 });
      }
    }
    const candidates = [...hits.values()].sort((a, b) => b.count - a.count || a.source - b.source || a.line - b.line).slice(0, maxCandidates);
    const found: Take[] = [];
    for (const candidate of candidates) {
      const lineList = spoken[candidate.source] ?? [];
      let best: Take | undefined;
      for (let first = Math.max(0, candidate.line - maxSpan + 1); first <= candidate.line; first += 1) {
        for (let end = candidate.line + 1; end <= Math.min(lineList.length, first + maxSpan); end += 1) {
          const span = lineList.slice(first, end);
          const similarity = tokenSimilarity(line.tokens, span.flatMap((entry) => entry.tokens), work);
          if (best === undefined || similarity > best.similarity) best = takeOf(sources[candidate.source]?.id ?? '', span.map((entry) => entry.line), first, similarity);
        }
      }
      if (best !== undefined && best.similarity >= minimum) found.push(best);
    }
    const takes = keepBetterOfOverlapping(found).sort((a, b) => sources.findIndex((source) => source.id === a.sourceId) - sources.findIndex((source) => source.id === b.sourceId) || a.start - b.start);
    const top = Math.max(...takes.map((take) => take.similarity));
    const best = takes.filter((take) => take.similarity >= top - margin).at(-1);
    return { line, takes, ...(best === undefined ? {} : { best }) };
  });
}

function takeOf(sourceId: string, span: readonly SpokenLine[], first: number, similarity: number): Take {
  return {
    sourceId,
    firstLine: first,
    endLine: first + span.length,
    start: span[0]?.start ?? 0,
    end: span.reduce((end, line) => Math.max(end, line.end), 0),
    text: span.map((line) => line.text).join(' '),
    similarity: Math.round(similarity * 1000) / 1000,
  };
}

function keepBetterOfOverlapping(takes: readonly Take[]): Take[] {
  const kept: Take[] = [];
  for (const take of [...takes].sort((a, b) => b.similarity - a.similarity || a.start - b.start)) {
    if (!kept.some((other) => other.sourceId === take.sourceId && other.start < take.end && take.start < other.end)) kept.push(take);
  }
  return kept;
}
