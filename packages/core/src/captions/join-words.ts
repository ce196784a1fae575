// Chinese and Japanese are written without spaces: transcription models return their words bare.
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

/** Joins caption words with spaces, except between two words of a script written without spaces (CJK). */
export function joinWords(words: readonly string[]): string {
  let text = '';
  for (const word of words) {
    const last = text.slice(-1);
    text += text === '' || (unspaced.test(last) && unspaced.test(word.charAt(0))) ? word : ` ${word}`;
  }
  return text;
}
