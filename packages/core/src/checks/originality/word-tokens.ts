/** A word of a text, case-folded for comparison, with where it stands. */
export interface WordToken {
  /** Lower-cased, curly apostrophes straightened: "Mara’s" and "mara's" compare equal. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const word = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// Han, kana and hangul syllables are written without spaces: each character counts as a word of its own.
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Splits text into words, punctuation and spacing ignored, so a copy with re-wrapped lines still matches. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(word)) {
    const start = match.index;
    const value = match[0];
    if (!unspaced.test(value)) {
      tokens.push({ key: value.toLowerCase().replace(/’/g, "'"), start, end: start + value.length });
      continue;
    }
    let runStart = -1;
    for (let index = 0; index <= value.length; index += 1) {
      const char = value[index];
      const isUnspaced = char !== undefined && unspaced.test(char);
      if ((char === undefined || isUnspaced) && runStart >= 0) {
        tokens.push({ key: value.slice(runStart, index).toLowerCase(), start: start + runStart, end: start + index });
        runStart = -1;
      }
      if (isUnspaced) tokens.push({ key: char, start: start + index, end: start + index + 1 });
      else if (char !== undefined && runStart < 0) runStart = index;
    }
  }
  return tokens;
}
