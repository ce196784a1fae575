/** A word heard in the media, in seconds from the media's start: what a rough cut is planned from. */
export interface SpokenWord {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The speaker's name or label, when the transcript has one. */
  readonly speaker?: string;
  /** The transcript itself marked the word as a hesitation (Premiere tags `um`/`uh` as `filler`). */
  readonly filler?: boolean;
  /** The word ends a sentence (Premiere's `eos`, or closing punctuation). */
  readonly endsSentence?: boolean;
}
