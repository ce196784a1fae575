import type { PlannedCut } from './planned-cut.js';
import type { SpokenLine } from './spoken-line.js';
import { tokenSimilarity, type WorkCounter } from './token-similarity.js';

/** What makes two spoken lines takes of the same scripted line. */
export interface RetakeOptions {
  /** Word similarity (1 − word edit distance / longer length) at which two lines are the same line (default 0.8). */
  readonly sameLineSimilarity?: number;
  /** Lines further apart than this many lines are never takes of each other (default 6). */
  readonly maxLinesApart?: number;
  /** …or further apart than this many seconds (default 60). */
  readonly maxSecondsApart?: number;
  /** A take is good when it has at least this share of the longest take's words (default 0.8). */
  readonly goodTakeRatio?: number;
  /** Lines with fewer words are never the same line (default 3): "Yes." twice is dialogue, not a retake. */
  readonly minWords?: number;
}

const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${(seconds % 60).toFixed(1).padStart(4, '0')}`;
const opening = (text: string): string => {
  const words = text.split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : text;
};

/**
 * Retake cuts. Two lines are takes of one line when, within `maxLinesApart` lines and `maxSecondsApart` of each other
 * and said by the same speaker, their words (fillers ignored) are `sameLineSimilarity` alike, or the shorter one
 * matches the opening of a longer one within the next two lines (a false start). Takes group transitively; in each
 * group the last good take (one with `goodTakeRatio` of the longest take's words) is kept and every other is cut.
 */
export function findRetakes(lines: readonly SpokenLine[], ignoredTokens: ReadonlySet<string>, options: RetakeOptions = {}, work?: WorkCounter): PlannedCut[] {
  const same = options.sameLineSimilarity ?? 0.8;
  const maxLines = options.maxLinesApart ?? 6;
  const maxSeconds = options.maxSecondsApart ?? 60;
  const goodRatio = options.goodTakeRatio ?? 0.8;
  const minWords = options.minWords ?? 3;
  const tokens = lines.map((line) => line.tokens.filter((token) => !ignoredTokens.has(token)));
  const parent = lines.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) at = parent[at] ?? at;
    parent[index] = at;
    return at;
  };
  const isTake = (i: number, j: number): boolean => {
    const a = tokens[i] ?? [];
    const b = tokens[j] ?? [];
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length >= minWords && tokenSimilarity(a, b, work) >= same) return true;
    return j - i <= 2 && short.length >= 2 && short.length < goodRatio * long.length && tokenSimilarity(short, long.slice(0, short.length), work) >= same;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined || (tokens[i]?.length ?? 0) < 2) continue;
    for (let j = i + 1; j <= Math.min(lines.length - 1, i + maxLines); j += 1) {
      const later = lines[j];
      if (later === undefined || later.start - line.end > maxSeconds) break;
      if (later.speaker !== line.speaker || (tokens[j]?.length ?? 0) < 2) continue;
      if (isTake(i, j)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, number[]>();
  for (let index = 0; index < lines.length; index += 1) groups.set(root(index), [...(groups.get(root(index)) ?? []), index]);
  const cuts: { line: SpokenLine; note: string }[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const longest = Math.max(...members.map((index) => tokens[index]?.length ?? 0));
    const good = members.filter((index) => (tokens[index]?.length ?? 0) >= goodRatio * longest);
    const keptIndex = good.at(-1) ?? members.at(-1) ?? 0;
    const kept = lines[keptIndex];
    if (kept === undefined) continue;
    for (const [position, index] of members.entries()) {
      const line = lines[index];
      if (index === keptIndex || line === undefined) continue;
      const what = good.includes(index) ? `Take ${position + 1} of ${members.length}` : `Incomplete take ${position + 1} of ${members.length}`;
      cuts.push({ line, note: `${what} of “${opening(kept.text)}”; the last good take starts at ${clock(kept.start)}.` });
    }
  }
  return cuts
    .sort((a, b) => a.line.start - b.line.start)
    .map(({ line, note }, index) => ({ id: `retake-${index + 1}`, reason: 'retake', ruleId: 'retake', start: line.start, end: line.end, selected: true, mode: 'remove', text: line.text, note }));
}
