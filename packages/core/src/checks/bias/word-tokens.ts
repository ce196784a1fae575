/** A word of a text with its place: `start`/`end` index the text; `lower` is for matching. */
export interface WordToken {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

// Letter/digit runs with inner apostrophes; hyphens split words so "man-made" and "man made" match the same rule.
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words of a text in order. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    tokens.push({ text: match[0], lower: match[0].toLowerCase().replace(/’/g, "'"), start, end: start + match[0].length });
  }
  return tokens;
}

/** Whether the text between two tokens is only spaces or one hyphen, so they read as one phrase. */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  return /^(?:\s+|\s*-\s*)$/.test(text.slice(from, to));
}
