/** A word of a text with its place: `start`/`end` index the text; `lower` is the form to compare. */
export interface WordToken {
  readonly text: string;
  /** Lower-cased, curly apostrophes straightened: "Mara’s" and "mara's" compare equal. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

// Letter/digit runs with inner apostrophes; hyphens and punctuation split words, so "man-made" and "man made" read
// alike and a re-wrapped copy still matches.
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// Han and kana are written without spaces: each character counts as a word of its own.
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const token = (text: string, start: number): WordToken => ({ text, lower: text.toLowerCase().replace(/’/g, "'"), start, end: start + text.length });

/** The words of a text in order; the one tokenizer of the checks (language rules, names, originality). */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const value = match[0];
    if (!unspaced.test(value)) {
      tokens.push(token(value, match.index));
      continue;
    }
    let runStart = -1;
    for (let index = 0; index <= value.length; index += 1) {
      const char = value[index];
      const isUnspaced = char !== undefined && unspaced.test(char);
      if ((char === undefined || isUnspaced) && runStart >= 0) {
        tokens.push(token(value.slice(runStart, index), match.index + runStart));
        runStart = -1;
      }
      if (isUnspaced) tokens.push(token(char, match.index + index));
      else if (char !== undefined && runStart < 0) runStart = index;
    }
  }
  return tokens;
}
