// Han, kana and Hangul syllables are written without spaces: each ideograph or kana counts as a word.
const wordPattern = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words in a text: letter/digit runs (with inner apostrophes and hyphens), one per CJK ideograph or kana. */
export function countWords(text: string): number {
  let count = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text) !== null) count += 1;
  return count;
}
