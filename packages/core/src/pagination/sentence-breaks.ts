import { endsSentence } from '../captions/ends-sentence.js';

/** A place a paragraph may break between pages: the upper part ends at `end`, the lower starts at `next`. */
export interface SentenceBreak {
  readonly end: number;
  readonly next: number;
}

// Words whose full stop does not end a sentence: titles and common abbreviations (single initials are caught apart).
const abbreviations = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'jr.', 'sr.', 'mt.', 'lt.', 'sgt.', 'capt.', 'col.', 'gen.', 'prof.', 'rev.', 'vs.', 'etc.', 'no.', 'int.', 'ext.']);
const eastAsianStops = new Set(['。', '！', '？', '．']);
const closers = new Set(['"', "'", '”', '’', ')', ']', '」', '』']);

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\u3000';
}

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^["'“‘([]+/u, '').toLowerCase();
  return abbreviations.has(bare) || /^\p{L}\.$/u.test(bare);
}

function skipSpaces(text: string, from: number, to: number): number {
  let index = from;
  while (index < to && isSpace(text[index])) index += 1;
  return index;
}

/**
 * Where `text` between `from` and `to` may break at a sentence end: after `.`, `?`, `!` or `…` (and any closing
 * quote or bracket) followed by a space and then not by a lower-case letter, unless the word is an abbreviation or
 * an initial, or followed by a line break; after an East Asian full stop. A line break alone is no sentence end, as
 * in Final Draft (a song's lines do not end sentences). Nothing at the very end counts.
 */
export function sentenceBreaks(text: string, from: number, to: number): SentenceBreak[] {
  const breaks: SentenceBreak[] = [];
  let wordStart = from;
  for (let index = from; index < to; index += 1) {
    const character = text[index] as string;
    if (character === '\n' || isSpace(character)) {
      if (index > wordStart) {
        const word = text.slice(wordStart, index);
        let next = skipSpaces(text, index, to);
        if (text[next] === '\n') next += 1;
        if (next < to && endsSentence(word) && !isAbbreviation(word) && !/\p{Ll}/u.test(text[next] ?? '')) breaks.push({ end: index, next });
      }
      wordStart = index + 1;
    } else if (eastAsianStops.has(character)) {
      let end = index + 1;
      while (end < to && closers.has(text[end] as string)) end += 1;
      if (end < to && !isSpace(text[end]) && text[end] !== '\n') breaks.push({ end, next: end });
    }
  }
  return breaks;
}
