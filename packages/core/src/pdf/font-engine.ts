// The part of fontkit (https://github.com/foliojs/fontkit) the PDF export uses: parsing TrueType, OpenType (CFF),
// WOFF, WOFF2 and collections (.ttc), looking glyphs up, and subsetting. A port of our own rather than fontkit's
// whole API, so the dependency's surface is visible in one place; `load-font-engine.ts` checks the real module fits.

/** A glyph of a parsed font. */
export interface EngineGlyph {
  readonly id: number;
}

/** A subset being built: glyphs are added in use order and renumbered from 1 (0 is always `.notdef`). */
export interface EngineSubset {
  /** Adds a glyph of the full font; returns its number in the subset. */
  includeGlyph(glyphId: number): number;
  /** The subset as a font program: a TrueType file, or a bare CFF table for a CFF font. */
  encode(): Uint8Array;
}

/** A parsed font face. */
export interface EngineFont {
  readonly postscriptName: string | null;
  readonly familyName: string | null;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  readonly directory: { readonly tables: Readonly<Record<string, unknown>> };
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): EngineGlyph;
  createSubset(): EngineSubset;
}

/** A font collection (.ttc, .otc): several faces sharing tables. */
export interface EngineCollection {
  readonly fonts: readonly EngineFont[];
}

/** fontkit's module: `create` parses bytes into a face or a collection, and throws on bytes that are not a font. */
export interface FontEngine {
  create(bytes: Uint8Array): EngineFont | EngineCollection;
}
