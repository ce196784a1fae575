import type { PaperName } from '@reelkit/core/pagination';
import type { PdfExport, PdfFontSource } from '@reelkit/core/pdf';
import type { Screenplay } from '@reelkit/core/screenplay';

/** One export as the command asks for it: the script (its text and the parse the extension holds), paper and fonts, cancel and progress. */
export interface PdfExportJob {
  readonly text: string;
  readonly screenplay: Screenplay;
  readonly paper: PaperName;
  /** In fallback order; each read only if a character needs it. */
  readonly fonts: readonly PdfFontSource[];
  readonly signal: AbortSignal;
  readonly onProgress: (done: number, total: number) => void;
}

/** Runs a PDF export, in the extension host (Node) or in a worker of its own (the web). Rejects with `AbortError` when cancelled. */
export type PdfExporter = (job: PdfExportJob) => Promise<PdfExport>;
