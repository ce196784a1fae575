/** Follows notes by their text, as the bible sync hands it over from vault and metadata events. */
export interface NoteTextListener {
  /** A note was read or edited (any note: the listener keeps only those it wants). */
  changed(path: string, text: string): void;
  removed(path: string): void;
  renamed(oldPath: string, newPath: string, text: string): void;
}
