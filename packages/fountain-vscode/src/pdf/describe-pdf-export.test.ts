import { AbortError, ReelkitError } from '@reelkit/core/errors';
import { PdfFontError } from '@reelkit/core/pdf';
import { describe, expect, it } from 'vitest';
import { describePdfExport, describePdfExportFailure } from './describe-pdf-export.js';

const missingGlyph = {
  ruleId: 'pdf.missing-glyph',
  category: 'format',
  severity: 'warning',
  message: 'No font in the PDF has 2 characters of the script: 京 (U+4EAC), 東 (U+6771). They print as an empty box (the text still copies out of the PDF).',
} as const;

describe('describePdfExport', () => {
  it('says how many pages went where, on which paper', () => {
    expect(describePdfExport({ pageCount: 42, titlePageCount: 1, findings: [] }, 'harbour.pdf', 'letter')).toEqual({
      message: 'Reelkit: Exported 42 pages and a title page to harbour.pdf (US Letter).',
      severity: 'info',
      offerFont: false,
    });
    expect(describePdfExport({ pageCount: 1, titlePageCount: 0, findings: [] }, 'short.pdf', 'a4').message).toBe('Reelkit: Exported 1 page to short.pdf (A4).');
    expect(describePdfExport({ pageCount: 3, titlePageCount: 2, findings: [] }, 'x.pdf', 'a4').message).toBe('Reelkit: Exported 3 pages and 2 title pages to x.pdf (A4).');
  });

  it('warns about characters no font had and offers to choose a font', () => {
    expect(describePdfExport({ pageCount: 2, titlePageCount: 0, findings: [missingGlyph] }, 'tokyo.pdf', 'letter')).toEqual({
      message: `Reelkit: Exported 2 pages to tokyo.pdf (US Letter) with 1 warning: ${missingGlyph.message} Choose a font that has them; it is kept in the setting reelkit.pdf.fallbackFont.`,
      severity: 'warning',
      offerFont: true,
    });
  });
});

describe('describePdfExportFailure', () => {
  it('shows the error’s message, never its stack, and offers another font when the font was the problem', () => {
    const fontError = new PdfFontError('notes.txt', 'notes.txt is not a font file that can be embedded (Unknown font format).');
    expect(describePdfExportFailure(fontError)).toEqual({
      message: `Reelkit: Export PDF failed. ${fontError.message}`,
      severity: 'error',
      offerFont: true,
    });
    // As the web worker's error arrives: a plain Reelkit error with the code.
    expect(describePdfExportFailure(new ReelkitError({ code: 'invalid_argument', message: 'x.ttc has no face named Y.' })).offerFont).toBe(true);
    expect(describePdfExportFailure(new Error('Could not write tokyo.pdf: EACCES'))).toEqual({ message: 'Reelkit: Export PDF failed. Could not write tokyo.pdf: EACCES', severity: 'error', offerFont: false });
    expect(describePdfExportFailure(new AbortError('The PDF export')).offerFont).toBe(false);
    expect(describePdfExportFailure('disk full').message).toBe('Reelkit: Export PDF failed. disk full');
  });
});
