/** The Fountain title page keys the FDX title page layout has a place for, in the order they are read back. */
export const fdxTitleKeys = ['Title', 'Credit', 'Author', 'Source', 'Draft date', 'Contact', 'Notes', 'Copyright'] as const;

/** One of `fdxTitleKeys`. */
export type FdxTitleKey = (typeof fdxTitleKeys)[number];

/** The known key a Fountain key names (`authors`, `DRAFT DATE`), or undefined for one the layout has no place for. */
export function toFdxTitleKey(key: string): FdxTitleKey | undefined {
  const lower = key.trim().toLowerCase();
  if (lower === 'authors') return 'Author';
  return fdxTitleKeys.find((known) => known.toLowerCase() === lower);
}

/** A credit line: `Written by`, `Screenplay by`, `by`. */
export const creditLine = /^(?:[\p{L} &'-]*\s)?by:?$/iu;
/** A source line: `Based on the novel by ...`, `Story by ...`. */
export const sourceLine = /^(?:based on|adapted from|inspired by|from the|story by|original story)\b/i;
/** A line that dates a draft: a digit or a month name. */
export const dateLine = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** A copyright line. */
export const copyrightLine = /^(?:©|\(c\)|copyright\b)/i;
