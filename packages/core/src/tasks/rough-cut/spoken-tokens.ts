import { wordTokens } from '../../text/word-tokens.js';

/** A word's text as the rough cut compares it: lower case, NFKC, punctuation dropped (`"Um,"` → `um`). */
export function spokenTokens(text: string): string[] {
  return wordTokens(text.normalize('NFKC')).map((token) => token.lower);
}
