/** What to put around text inserted at a cursor so it stands as its own Fountain elements. */
export interface InsertionSeparators {
  readonly before: string;
  readonly after: string;
}

/** The newlines needed on each side of `cursor` for a blank line between elements; none mid-line, where the text continues the line. */
export function insertionSeparators(script: string, cursor: number): InsertionSeparators {
  const before = script.slice(0, cursor);
  const after = script.slice(cursor);
  const atLineStart = before === '' || before.endsWith('\n');
  const atLineEnd = after === '' || after.startsWith('\n') || after.startsWith('\r\n');
  if (!atLineStart && !atLineEnd) return { before: '', after: '' };
  const newline = script.includes('\r\n') ? '\r\n' : '\n';
  const blankBefore = before === '' || /\n[ \t]*\r?\n$/.test(before);
  const blankAfter = after === '' || /^\r?\n[ \t]*\r?\n/.test(after);
  return {
    before: blankBefore ? '' : atLineStart ? newline : newline + newline,
    after: blankAfter ? '' : atLineEnd ? newline : newline + newline,
  };
}
