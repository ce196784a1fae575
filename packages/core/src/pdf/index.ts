// PDF export: the pagination's pages drawn with embedded subset fonts, in any host (fonts come in as bytes).
export { defaultPdfFontFiles, defaultPdfFontSources, type PdfFontFile } from './pdf-font-files.js';
export { exportScreenplayPdf, type PdfExport, type PdfExportOptions } from './export-screenplay-pdf.js';
export { isReelkitPdf } from './is-reelkit-pdf.js';
export { missingGlyphRuleId } from './missing-glyph-finding.js';
export { PdfFontError } from './pdf-font-error.js';
export type { PdfFontSource, PdfFontStyle } from './pdf-font-source.js';
