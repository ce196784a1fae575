/** Characters a viewer reads in a cue: every character of every line, spaces included, line breaks not. */
export function readingCharacters(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) for (const _ of line) count += 1;
  return count;
}
