import type { CodePointsByStyle } from './font-set.js';
import type { PdfFontStyle } from './pdf-font-source.js';
import type { Sheet } from './sheet.js';
import { styledSegments } from './styled-segments.js';

/** What a script prints: the code points per style, and the element each first appears in (for findings). */
export interface CodePointUsage {
  readonly byStyle: CodePointsByStyle;
  readonly firstElement: ReadonlyMap<number, number | undefined>;
}

/** True for characters that print nothing and need no glyph: controls, zero-width marks, joiners and selectors. */
export function isInvisible(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || (codePoint >= 0x200b && codePoint <= 0x200f) || codePoint === 0xfeff || (codePoint >= 0xfe00 && codePoint <= 0xfe0f);
}

/** Walks every printed line once and records which characters each style must draw. */
export function collectCodePoints(sheets: readonly Sheet[]): CodePointUsage {
  const byStyle = new Map<PdfFontStyle, Set<number>>([['regular', new Set()]]);
  const firstElement = new Map<number, number | undefined>();
  const add = (style: PdfFontStyle, text: string, element: number | undefined): void => {
    let codePoints = byStyle.get(style);
    if (codePoints === undefined) byStyle.set(style, (codePoints = new Set()));
    for (let index = 0; index < text.length; index += 1) {
      const codePoint = text.codePointAt(index) as number;
      if (codePoint > 0xffff) index += 1;
      if (codePoints.has(codePoint) || isInvisible(codePoint)) continue;
      codePoints.add(codePoint);
      if (!firstElement.has(codePoint)) firstElement.set(codePoint, element);
    }
  };
  for (const sheet of sheets) {
    for (const line of sheet.lines) {
      for (const segment of styledSegments(line)) add(segment.style, segment.text, line.element);
      if (line.sceneNumber !== undefined) add('regular', line.sceneNumber.text, line.element);
    }
    if (sheet.label !== undefined) add('regular', sheet.label.text, undefined);
  }
  return { byStyle, firstElement };
}
