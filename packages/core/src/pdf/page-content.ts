import { characterColumns } from '../pagination/character-columns.js';
import type { PageGeometry } from '../pagination/page-geometry.js';
import { isInvisible } from './collect-code-points.js';
import type { EmbeddedFont } from './embedded-font.js';
import type { FontSet } from './font-set.js';
import type { PdfFontStyle } from './pdf-font-source.js';
import { pdfNumber, utf16Hex } from './pdf-syntax.js';
import type { Sheet } from './sheet.js';
import { styledSegments } from './styled-segments.js';

/** A page's content stream (as text) and the fonts it uses. */
export interface PageContent {
  readonly content: string;
  readonly fonts: ReadonlySet<EmbeddedFont>;
}

const fontSize = 12;
/** Points per column: Courier 12 pt at 10 characters per inch. */
const columnPoints = 7.2;
/** Baseline below a line's top: Courier's ascent, about 3/4 of the 12 pt line. */
const baselineDrop = 9;
const underlineDrop = 1.8;
const underlineWidth = 0.6;

/**
 * Draws a sheet: every line at the pagination's x and body line, split into runs of one font, each placed at its
 * column (so any font keeps the 10-per-inch grid); scene numbers in both margins; the page number; underlines as
 * strokes. A character no font has is drawn as a `.notdef` box carrying its text as ActualText, so it still copies out.
 */
export function pageContent(sheet: Sheet, geometry: PageGeometry, fonts: FontSet): PageContent {
  const height = geometry.heightInches * 72;
  const text: string[] = ['BT'];
  const strokes: string[] = [];
  const used = new Set<EmbeddedFont>();
  let current: EmbeddedFont | undefined;
  // The text line matrix's origin, as last written: moves are relative to it (`Td`), from values already rounded
  // so that no rounding error builds up down the page.
  let lineX = 0;
  let lineY = 0;
  const moveTo = (x: number, y: number): string => {
    const roundedX = Math.round(x * 100) / 100;
    const roundedY = Math.round(y * 100) / 100;
    const move = `${pdfNumber(roundedX - lineX)} ${pdfNumber(roundedY - lineY)} Td`;
    lineX = roundedX;
    lineY = roundedY;
    return move;
  };

  const select = (font: EmbeddedFont): void => {
    used.add(font);
    if (font !== current) text.push(`/${font.resourceName} ${fontSize} Tf`);
    current = font;
  };
  // Draws text from `x`; returns the columns it took.
  const draw = (value: string, style: PdfFontStyle, x: number, baseline: number, underline: boolean): number => {
    let column = 0;
    let runFont: EmbeddedFont | undefined;
    let runStart = 0;
    let hex = '';
    const flush = (): void => {
      if (runFont === undefined || hex === '') return;
      select(runFont);
      text.push(`${moveTo(x + runStart * columnPoints, baseline)} <${hex}> Tj`);
      hex = '';
    };
    for (const character of value) {
      const codePoint = character.codePointAt(0) as number;
      const columns = characterColumns(codePoint);
      const font = fonts.fontFor(style, codePoint);
      if (font === undefined) {
        flush();
        runFont = undefined;
        if (!isInvisible(codePoint)) {
          const fallback = fonts.fallbackFor(style);
          select(fallback);
          const move = moveTo(x + column * columnPoints, baseline);
          text.push(`/Span << /ActualText <FEFF${utf16Hex(character)}> >> BDC ${move} <${fallback.notdefCode}> Tj EMC`);
        }
      } else {
        if (font !== runFont) {
          flush();
          runFont = font;
          runStart = column;
        }
        hex += font.code(codePoint, columns);
      }
      column += columns;
    }
    flush();
    if (underline && column > 0) {
      const y = pdfNumber(baseline - underlineDrop);
      strokes.push(`${pdfNumber(x)} ${y} m ${pdfNumber(x + column * columnPoints)} ${y} l S`);
    }
    return column;
  };

  const lineHeight = 72 / geometry.linesPerInch;
  for (const line of sheet.lines) {
    const baseline = height - geometry.topMarginInches * 72 - line.y * lineHeight - baselineDrop;
    let x = line.x * 72;
    for (const segment of styledSegments(line)) x += draw(segment.text, segment.style, x, baseline, segment.underline) * columnPoints;
    if (line.sceneNumber !== undefined) {
      draw(line.sceneNumber.text, 'regular', line.sceneNumber.leftX * 72, baseline, false);
      draw(line.sceneNumber.text, 'regular', line.sceneNumber.rightX * 72, baseline, false);
    }
  }
  if (sheet.label !== undefined) {
    draw(sheet.label.text, 'regular', sheet.label.x * 72, height - geometry.pageNumber.topInches * 72 - baselineDrop, false);
  }
  text.push('ET');
  if (strokes.length > 0) text.push(`${underlineWidth} w`, ...strokes);
  return { content: text.join('\n'), fonts: used };
}
