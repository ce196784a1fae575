import type { EngineFont, EngineSubset } from './font-engine.js';
import { hex4 } from './pdf-syntax.js';
import type { PdfWriter } from './pdf-writer.js';
import { writeType0Font } from './write-type0-font.js';

/** Text space units of one column: Courier at 12 pt is 7.2 pt = 0.6 em wide. */
export const columnUnits = 600;

/**
 * One font face as the PDF uses it: a Type 0 font whose character codes are glyph numbers of a subset holding
 * only the glyphs drawn — one byte each when the font draws at most 255 characters (most scripts), else two
 * (Identity-H). Each glyph's PDF width is its columns × 0.6 em, whatever the font's own advance, so every font
 * sits on the pagination's grid of 10 characters per inch.
 */
export class EmbeddedFont {
  /** The font's name in page resources (`F1`). */
  readonly resourceName: string;
  private readonly subset: EngineSubset;
  private objectNumber: number | undefined;
  private digits = 4;
  private readonly codes = new Map<number, string>();
  private readonly widths: number[] = [columnUnits];
  private readonly unicodes: string[] = [''];

  constructor(
    private readonly font: EngineFont,
    index: number,
  ) {
    this.resourceName = `F${index + 1}`;
    this.subset = font.createSubset();
  }

  /** Switches to one-byte codes; call before drawing, when at most 255 characters will be drawn with the font. */
  useOneByteCodes(): void {
    this.digits = 2;
  }

  /** The font's object number, allocated when a page first uses it; fonts no page uses are not written. */
  ref(writer: PdfWriter): number {
    this.objectNumber ??= writer.allocate();
    return this.objectNumber;
  }

  /** True when the face draws the code point. */
  has(codePoint: number): boolean {
    return this.font.hasGlyphForCodePoint(codePoint);
  }

  /** The code (hex digits) of the `.notdef` box, drawn for a character no font has. */
  get notdefCode(): string {
    return '0'.repeat(this.digits);
  }

  /** The hex digits that draw a code point `columns` wide; the glyph joins the subset on first use. */
  code(codePoint: number, columns: number): string {
    let code = this.codes.get(codePoint);
    if (code === undefined) {
      const glyph = this.subset.includeGlyph(this.font.glyphForCodePoint(codePoint).id);
      if (this.widths[glyph] === undefined) {
        this.widths[glyph] = columns * columnUnits;
        this.unicodes[glyph] = String.fromCodePoint(codePoint);
      }
      code = hex4(glyph).slice(4 - this.digits);
      this.codes.set(codePoint, code);
    }
    return code;
  }

  /** Writes the font's objects, if a page used it, with `tag` before its name (a subset's six capitals). */
  async write(writer: PdfWriter, tag: string): Promise<void> {
    if (this.objectNumber === undefined) return;
    await writeType0Font(writer, this.objectNumber, {
      font: this.font,
      tag,
      program: this.subset.encode(),
      widths: Array.from(this.widths, (width) => width ?? columnUnits),
      unicodes: Array.from(this.unicodes, (text) => text ?? ''),
      oneByte: this.digits === 2,
    });
  }
}
