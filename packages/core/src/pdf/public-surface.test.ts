import { describe, expect, it } from 'vitest';
import * as pdf from './index.js';

// The subpath @reelkit/core/pdf: what a host may import from it. A change here is a change of the public API.
describe('pdf public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(pdf).sort()).toEqual(['PdfFontError', 'defaultPdfFontFiles', 'defaultPdfFontSources', 'exportScreenplayPdf', 'isReelkitPdf', 'missingGlyphRuleId']);
  });
});
