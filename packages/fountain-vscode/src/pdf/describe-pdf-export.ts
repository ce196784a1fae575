import { ReelkitError } from '@reelkit/core/errors';
import type { PaperName } from '@reelkit/core/pagination';
import { missingGlyphRuleId, type PdfExport } from '@reelkit/core/pdf';
import { summariseWarnings } from '../export-target.js';

/** The button that picks a fallback font and keeps it in `reelkit.pdf.fallbackFont`. */
export const chooseFontButton = 'Choose font…';

/** What to tell the user after an export or a failure, and whether choosing a font would fix something. */
export interface PdfExportNotice {
  readonly message: string;
  readonly severity: 'info' | 'warning' | 'error';
  readonly offerFont: boolean;
}

const chooseFontHint = 'Choose a font that has them; it is kept in the setting reelkit.pdf.fallbackFont.';

/** "Exported 42 pages and a title page to harbour.pdf (US Letter)", with the findings (characters no font had) as warnings. */
export function describePdfExport(result: Pick<PdfExport, 'pageCount' | 'titlePageCount' | 'findings'>, fileName: string, paper: PaperName): PdfExportNotice {
  const pages = `${result.pageCount} ${result.pageCount === 1 ? 'page' : 'pages'}`;
  const titlePages = result.titlePageCount === 0 ? '' : ` and ${result.titlePageCount === 1 ? 'a title page' : `${result.titlePageCount} title pages`}`;
  const exported = `Exported ${pages}${titlePages} to ${fileName} (${paper === 'a4' ? 'A4' : 'US Letter'})`;
  const offerFont = result.findings.some((finding) => finding.ruleId === missingGlyphRuleId);
  const warnings = summariseWarnings(exported, result.findings);
  if (warnings === undefined) return { message: `Reelkit: ${exported}.`, severity: 'info', offerFont };
  return { message: `Reelkit: ${warnings}${offerFont ? ` ${chooseFontHint}` : ''}`, severity: 'warning', offerFont };
}

/**
 * The error message of a failed export: the error's own message, which says how to fix it, never a stack. A font
 * that cannot be used (the core's `invalid_argument`, from any bundled copy of it) also offers to choose another.
 */
export function describePdfExportFailure(error: unknown): PdfExportNotice {
  const reason = error instanceof Error ? error.message : String(error);
  return { message: `Reelkit: Export PDF failed. ${reason}`, severity: 'error', offerFont: ReelkitError.hasCode(error, 'invalid_argument') };
}
