import { breakCost } from './break-cost.js';
import { joinWords } from './join-words.js';

/** Lines for a cue's words and how good the breaks are (lower is better). */
export interface CueLayout {
  readonly lines: string[];
  readonly cost: number;
}

/**
 * Lays words out in as few lines as fit `maxCharsPerLine` (one line whenever it fits), choosing the breaks that
 * split at punctuation or before conjunctions, avoid splitting an article from its noun, and make the upper line
 * no longer than the lower one (a bottom-heavy pyramid). Undefined when the words cannot fit in `maxLines`.
 */
export function layoutCueLines(words: readonly string[], maxCharsPerLine: number, maxLines: number): CueLayout | undefined {
  if (words.length === 0) return { lines: [], cost: 0 };
  const single = joinWords(words);
  if (single.length <= maxCharsPerLine) return { lines: [single], cost: 0 };
  for (let lineCount = 2; lineCount <= Math.min(maxLines, words.length); lineCount += 1) {
    const best = bestSplit(words, 0, lineCount, maxCharsPerLine);
    if (best !== undefined) return best;
  }
  return undefined;
}

function bestSplit(words: readonly string[], from: number, lineCount: number, maxCharsPerLine: number): CueLayout | undefined {
  if (lineCount === 1) {
    const line = joinWords(words.slice(from));
    return line.length <= maxCharsPerLine ? { lines: [line], cost: 0 } : undefined;
  }
  let best: CueLayout | undefined;
  for (let end = from + 1; end <= words.length - lineCount + 1; end += 1) {
    const upper = joinWords(words.slice(from, end));
    const length = upper.length;
    if (length > maxCharsPerLine) break;
    const rest = bestSplit(words, end, lineCount - 1, maxCharsPerLine);
    if (rest === undefined) continue;
    const lower = rest.lines[0] as string;
    const cost = breakCost(words[end - 1] as string, words[end] as string) + shapeCost(length, lower.length) + rest.cost;
    if (best === undefined || cost < best.cost) best = { lines: [upper, ...rest.lines], cost };
  }
  return best;
}

/** A longer upper line costs more than a longer lower one: viewers read a pyramid more easily. */
function shapeCost(upper: number, lower: number): number {
  return upper > lower ? 1 + (upper - lower) / 4 : (lower - upper) / 10;
}
