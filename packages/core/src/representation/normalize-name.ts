/** A name as the parser normalises cues: upper case, `(V.O.)`-style extensions and `^` removed, spaces collapsed. */
export function normalizeName(name: string): string {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\^/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .toUpperCase();
}
