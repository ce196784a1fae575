/** The code point that starts at `offset` (`before: false`) or ends just before it (`before: true`), surrogates handled. */
export function codePointNear(text: string, offset: number, before: boolean): string | undefined {
  let start = offset;
  if (before) {
    if (offset <= 0) return undefined;
    const low = text.charCodeAt(offset - 1);
    start = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  }
  const codePoint = text.codePointAt(start);
  return codePoint === undefined ? undefined : String.fromCodePoint(codePoint);
}
