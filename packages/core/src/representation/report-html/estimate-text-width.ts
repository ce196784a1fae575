// Wide glyphs (M, W, %, @, em dash) and anything past Latin, such as CJK, take about a full em; every other
// character is counted at 0.7 em, about the width of a capital in DejaVu Sans, a wide fallback for `system-ui`.
const wideCharacter = /[MWmw%@ÆŒæœ—\u1100-\uffff]/u;
const ordinaryEm = 0.7;

/**
 * A safe over-estimate of how wide `text` sets at `fontSize` pixels. The core cannot measure text (no canvas), so
 * charts size their label columns from this; the browser test checks that real labels never come out wider.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += wideCharacter.test(character) ? 1 : ordinaryEm;
  return Math.ceil(ems * fontSize);
}

/** The estimated width of the widest of `texts`, 0 for none. */
export function widestText(texts: readonly string[], fontSize: number): number {
  return Math.max(0, ...texts.map((text) => estimateTextWidth(text, fontSize)));
}
