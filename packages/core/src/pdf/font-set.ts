import { EmbeddedFont } from './embedded-font.js';
import type { FontEngine } from './font-engine.js';
import { parseFontSource } from './parse-font-source.js';
import type { PdfFontSource, PdfFontStyle } from './pdf-font-source.js';

/** The code points a script uses, per style. */
export type CodePointsByStyle = ReadonlyMap<PdfFontStyle, ReadonlySet<number>>;

/**
 * The fonts of one export and which draws what. `resolve` walks each style's code points through the sources in
 * order, loading a lazy source only when a character is not covered yet; afterwards `fontFor` answers at once.
 */
export class FontSet {
  /** Embedded fonts in first-use order; their index names them (`F1`, `F2`, ...). */
  readonly fonts: EmbeddedFont[] = [];
  /** Code points no source draws: they print as the first font's `.notdef` box. */
  readonly missing = new Set<number>();
  private readonly loaded = new Map<PdfFontSource, EmbeddedFont>();
  private readonly choices = new Map<PdfFontStyle, Map<number, EmbeddedFont>>();
  private readonly fallback = new Map<PdfFontStyle, EmbeddedFont>();

  constructor(
    private readonly sources: readonly PdfFontSource[],
    private readonly engine: FontEngine,
  ) {}

  /** Chooses a font for every code point of every style. */
  async resolve(usage: CodePointsByStyle): Promise<void> {
    for (const [style, codePoints] of usage) {
      const candidates = [
        ...this.sources.filter((source) => source.style === style || source.style === 'any'),
        ...(style === 'regular' ? [] : this.sources.filter((source) => source.style === 'regular')),
      ];
      if (candidates.length === 0) throw new TypeError(`The PDF export needs at least one font for ${style} text.`);
      const chosen = new Map<number, EmbeddedFont>();
      this.choices.set(style, chosen);
      for (const codePoint of codePoints) {
        const font = await this.firstWith(candidates, codePoint);
        if (font === undefined) this.missing.add(codePoint);
        else chosen.set(codePoint, font);
      }
      this.fallback.set(style, await this.embed(candidates[0] as PdfFontSource));
    }
    // A font that draws at most 255 characters (plus .notdef) takes one-byte codes: half the page content.
    const drawn = new Map<EmbeddedFont, Set<number>>();
    for (const chosen of this.choices.values()) {
      for (const [codePoint, font] of chosen) {
        let codePoints = drawn.get(font);
        if (codePoints === undefined) drawn.set(font, (codePoints = new Set()));
        codePoints.add(codePoint);
      }
    }
    for (const font of this.fonts) if ((drawn.get(font)?.size ?? 0) < 256) font.useOneByteCodes();
  }

  /** The font that draws a code point in a style; `undefined` when none does. Call after `resolve`. */
  fontFor(style: PdfFontStyle, codePoint: number): EmbeddedFont | undefined {
    return this.choices.get(style)?.get(codePoint);
  }

  /** The font whose `.notdef` box stands for a character no font has. */
  fallbackFor(style: PdfFontStyle): EmbeddedFont {
    const font = this.fallback.get(style) ?? this.fonts[0];
    if (font === undefined) throw new TypeError('FontSet.fallbackFor called before resolve.');
    return font;
  }

  private async firstWith(candidates: readonly PdfFontSource[], codePoint: number): Promise<EmbeddedFont | undefined> {
    for (const source of candidates) {
      const font = await this.embed(source);
      if (font.has(codePoint)) return font;
    }
    return undefined;
  }

  private async embed(source: PdfFontSource): Promise<EmbeddedFont> {
    let font = this.loaded.get(source);
    if (font === undefined) {
      font = new EmbeddedFont(await parseFontSource(source, this.engine), this.fonts.length);
      this.loaded.set(source, font);
      this.fonts.push(font);
    }
    return font;
  }
}
