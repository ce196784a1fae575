import type { SpokenWord } from './spoken-word.js';
import { spokenTokens } from './spoken-tokens.js';

/** A line as spoken: words up to a sentence end, a pause or a change of speaker. */
export interface SpokenLine {
  readonly index: number;
  /** Its words are `words.slice(firstWord, endWord)`. */
  readonly firstWord: number;
  readonly endWord: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Comparable tokens of the line's words (fillers included; drop them with `withoutFillers`). */
  readonly tokens: readonly string[];
  readonly speaker?: string;
}

/**
 * Splits words into spoken lines: a line ends at a sentence end, at a pause of `pauseSeconds` (default 0.7) or more,
 * and where the speaker changes. A false start without punctuation ("So the storm —") ends at the pause after it.
 */
export function splitSpokenLines(words: readonly SpokenWord[], pauseSeconds = 0.7): SpokenLine[] {
  const lines: SpokenLine[] = [];
  let first = 0;
  const close = (end: number): void => {
    if (end <= first) return;
    const slice = words.slice(first, end);
    const speaker = slice[0]?.speaker;
    lines.push({
      index: lines.length,
      firstWord: first,
      endWord: end,
      start: slice[0]?.start ?? 0,
      end: slice.reduce((latest, word) => Math.max(latest, word.end), 0),
      text: slice.map((word) => word.text).join(' '),
      tokens: slice.flatMap((word) => spokenTokens(word.text)),
      ...(speaker === undefined ? {} : { speaker }),
    });
    first = end;
  };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index];
    const next = words[index + 1];
    if (word === undefined) continue;
    if (next === undefined || word.endsSentence === true || next.start - word.end >= pauseSeconds || next.speaker !== word.speaker) close(index + 1);
  }
  return lines;
}
