/** A point in the source: 0-based line and column in UTF-16 code units, and the offset into the string as given. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A half-open span of source text: `start` is the first code unit, `end` the one after the last. */
export interface SourceRange {
  start: Position;
  end: Position;
}
