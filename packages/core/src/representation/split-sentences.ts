/** A sentence of a text with the index where it starts. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

// Runs up to and including end punctuation (or the end of the text). No look-behind: it must run on iOS.
const sentencePattern = /[^.!?\n]+(?:[.!?]+["'’”)]*|\n|$)/g;

const abbreviation = /\b(?:dr|mr|mrs|ms|st|jr|sr|prof|capt|lt|sgt|det|no)\.$/i;

/** Splits prose into sentences at `.`, `!`, `?` and line ends. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let pending: Sentence | undefined;
  for (const match of text.matchAll(sentencePattern)) {
    const sentence: Sentence = pending === undefined ? { text: match[0], start: match.index } : { text: pending.text + match[0], start: pending.start };
    // "DR. ANAND MEHTA" is one sentence: a title's full stop does not end it.
    pending = abbreviation.test(sentence.text) ? sentence : undefined;
    if (pending === undefined && sentence.text.trim() !== '') sentences.push(sentence);
  }
  if (pending !== undefined) sentences.push(pending);
  return sentences;
}
