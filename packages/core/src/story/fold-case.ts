/**
 * Lower-cases text one code point at a time, keeping every UTF-16 offset where it was, so a match in the folded text
 * is a match at the same offsets in the source. Code points whose lower case has another length (`İ` -> `i̇`) are
 * folded to a same-length stand-in or kept; final sigma folds to sigma so `ΜΑΡΑΣ` matches `Μαρας`.
 */
export function foldCase(text: string): string {
  // Fast path: when no code point changed length, the whole-string lower case lines up offset for offset.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.includes('ς') ? lower.replace(/ς/g, 'σ') : lower;
  let folded = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    if (lower.length === char.length) folded += lower === 'ς' ? 'σ' : lower;
    else folded += char === 'İ' ? 'i' : char;
  }
  return folded;
}
