import { ReelkitError } from '../errors/reelkit-error.js';

/** A font given to the PDF export cannot be used: its bytes are not a font, or a collection lacks the named face. */
export class PdfFontError extends ReelkitError {
  /** The font's name as its source gave it. */
  readonly fontName: string;

  constructor(fontName: string, message: string, cause?: unknown) {
    super({
      code: 'invalid_argument',
      message,
      hint: 'Choose a TrueType or OpenType font file (.ttf, .otf, .ttc, .woff); the Noto fonts cover most scripts.',
      cause,
    });
    this.name = 'PdfFontError';
    this.fontName = fontName;
  }
}
