/** The emphasis a font face draws. */
export type PdfFontStyle = 'regular' | 'bold' | 'italic' | 'bold-italic';

/**
 * A font the export may draw with. For each character of a run in style S the export takes the first source in
 * the list whose style is S or `any` and that has the glyph, then the first `regular` one that has it, so a
 * fallback font with one face (a CJK font) still draws bold text, unbolded.
 */
export interface PdfFontSource {
  /** How findings and errors name it: "Courier Prime Bold", a file name. */
  readonly name: string;
  readonly style: PdfFontStyle | 'any';
  /** TrueType, OpenType (CFF), WOFF, WOFF2 or a collection; a function is called only if a character needs the font. */
  readonly bytes: Uint8Array | (() => Promise<Uint8Array>);
  /** In a collection (.ttc, .otc): the PostScript name of the face to use; the first face otherwise. */
  readonly postscriptName?: string;
}
