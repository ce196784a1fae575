/** Where a generation's result would go, as the note was when the request was made. */
export interface SuggestionTarget {
  readonly notePath: string;
  /** Offsets in the note: the selection, or the cursor (from = to). */
  readonly from: number;
  readonly to: number;
  /** The selected text (empty at a cursor). */
  readonly original: string;
  /** Up to 40 characters before `from`, to find the place again after edits. */
  readonly prefix: string;
}

/** Captures a target from the note text and the selection or cursor. */
export function createSuggestionTarget(notePath: string, noteText: string, from: number, to: number): SuggestionTarget {
  return { notePath, from, to, original: noteText.slice(from, to), prefix: noteText.slice(Math.max(0, from - 40), from) };
}
