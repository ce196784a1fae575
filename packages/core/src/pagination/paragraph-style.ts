/** Where one kind of paragraph prints: Final Draft's element indents, in inches from the paper's left edge. */
export interface ParagraphStyle {
  /** Left indent of every line but the first. */
  readonly left: number;
  /** Right indent: no character may reach past it. */
  readonly right: number;
  /** Added to `left` for the first line (Final Draft's `FirstIndent`; -0.1 hangs a parenthetical's opening bracket). */
  readonly firstIndent: number;
  /** Right-aligned lines end at `right`; centred lines centre between `left` and `right`. */
  readonly align: 'left' | 'right' | 'center';
}

/** Final Draft's Courier advances 7 pt a character (about 10.3 per inch), not 7.2: measured on its PDFs. */
const characterAdvancePoints = 7;

/**
 * How many characters fit on a line `indentInches` wide the way Final Draft counts them: the most whose advances
 * stay strictly inside the indents (6.0 in of action takes 61, 3.5 in of dialogue 35, 1.6 in of transition 16).
 */
export function columnsBetween(indentInches: number): number {
  return Math.max(1, Math.ceil((indentInches * 72) / characterAdvancePoints) - 1);
}

/** Characters that fit on line `lineIndex` (0 = first) of a paragraph in `style`. */
export function lineColumns(style: ParagraphStyle, lineIndex: number): number {
  const left = lineIndex === 0 ? style.left + style.firstIndent : style.left;
  return columnsBetween(style.right - left);
}
