// Word boundaries are tested on the code points either side of a match instead of with regex look-behind, which
// iOS Safari (Obsidian mobile) did not support before 16.4.
const wordChar = /[\p{L}\p{N}\p{M}]/u;

/** True when a code point is part of a word (letter, digit or combining mark in any script). */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && wordChar.test(char);
}
