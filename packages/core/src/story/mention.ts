/** One place where the text names an entry; offsets are UTF-16 code units, `end` exclusive. */
export interface Mention {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
  /** The text as written, e.g. `MARA'S`. */
  readonly text: string;
}
