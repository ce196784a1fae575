// Scripts written without spaces between words: any offset may be a word boundary.
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** True for a code point of a script written without spaces (CJK, Thai...), where names need no word boundary. */
export function isUnspacedScriptChar(char: string | undefined): boolean {
  return char !== undefined && unspacedScript.test(char);
}
