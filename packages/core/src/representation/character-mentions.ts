import { wordTokens } from '../text/word-tokens.js';

// Words in a cue that describe rather than name: "OLD TOM" is mentioned as "Tom".
const nonNameWords = new Set(['old', 'young', 'little', 'big', 'the', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'madam', 'officer', 'detective', 'aunt', 'uncle', 'sister', 'brother']);

/** The lower-case words by which a character is mentioned in prose: the words of the cue that are names. */
export function nameWords(name: string): string[] {
  const words = wordTokens(name).map((token) => token.lower);
  const names = words.filter((word) => !nonNameWords.has(word) && !/^\d+$/.test(word));
  return names.length > 0 ? names : words;
}

