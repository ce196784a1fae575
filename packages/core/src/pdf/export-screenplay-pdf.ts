import { AbortError } from '../errors/abort-error.js';
import type { Finding } from '../findings/finding.js';
import type { PaperName } from '../pagination/page-geometry.js';
import { paginateScreenplay } from '../pagination/paginate-screenplay.js';
import type { Screenplay } from '../screenplay/screenplay.js';
import { collectCodePoints } from './collect-code-points.js';
import { documentInfo } from './document-info.js';
import { FontSet } from './font-set.js';
import { loadFontEngine } from './load-font-engine.js';
import { missingGlyphFinding } from './missing-glyph-finding.js';
import { pageContent } from './page-content.js';
import type { PdfFontSource } from './pdf-font-source.js';
import { pdfNumber } from './pdf-syntax.js';
import { deflate } from './deflate.js';
import { PdfWriter, type Deflate } from './pdf-writer.js';
import type { Sheet } from './sheet.js';

/** How to export: the paper, the fonts in fallback order, and the host's cancellation and progress hooks. */
export interface PdfExportOptions {
  readonly paper: PaperName;
  /** Usually `defaultPdfFontSources(read)` followed by fonts for other scripts (the user's, the system's). */
  readonly fonts: readonly PdfFontSource[];
  /** Cancels the export: it rejects with `AbortError` at the next page. */
  readonly signal?: AbortSignal;
  /** Called after each sheet is drawn, title pages included. */
  readonly onProgress?: (done: number, total: number) => void;
  /** zlib deflate for the streams; default WHATWG CompressionStream. Node hosts pass `zlib.deflateSync`, 3x faster there. */
  readonly deflate?: Deflate;
}

/** A finished export: the PDF file, its page counts, and findings (characters no font could draw). */
export interface PdfExport {
  readonly bytes: Uint8Array;
  /** Numbered pages, as the pagination laid them out. */
  readonly pageCount: number;
  /** Title pages before page 1; the PDF has `titlePageCount + pageCount` pages. */
  readonly titlePageCount: number;
  readonly findings: readonly Finding[];
}

const encoder = new TextEncoder();
const pagesBetweenPauses = 32;
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

// Subset fonts are named `ABCDEF+Name` (ISO 32000-1 §9.6.4): six capitals, different for each font of the file.
function subsetTag(index: number): string {
  let tag = '';
  for (let rest = index, place = 0; place < 6; place += 1, rest = Math.floor(rest / 26)) tag = String.fromCharCode(65 + (rest % 26)) + tag;
  return `R${tag.slice(1)}`;
}

/**
 * Exports a script as a PDF set as Final Draft sets it: the pagination's pages and title page, Courier Prime
 * (bold, italic, underline), scene numbers in both margins, page numbers, US Letter or A4, embedded subset fonts,
 * Title/Author/Producer metadata. Pure apart from the fonts it is given: reads no files, runs in Node and web workers.
 */
export async function exportScreenplayPdf(screenplay: Screenplay, options: PdfExportOptions): Promise<PdfExport> {
  const { signal, onProgress } = options;
  const stopIfCancelled = (): void => {
    if (signal?.aborted === true) throw new AbortError('The PDF export', signal.reason);
  };
  stopIfCancelled();
  const { geometry, titlePages, pages } = paginateScreenplay(screenplay, { paper: options.paper });
  const sheets: Sheet[] = [...titlePages, ...pages];
  const usage = collectCodePoints(sheets);
  const fonts = new FontSet(options.fonts, await loadFontEngine());
  await fonts.resolve(usage.byStyle);
  stopIfCancelled();

  const writer = new PdfWriter(options.deflate ?? deflate);
  const catalog = writer.allocate();
  const pageTree = writer.allocate();
  const info = writer.allocate();
  const mediaBox = `[0 0 ${pdfNumber(geometry.widthInches * 72)} ${pdfNumber(geometry.heightInches * 72)}]`;
  const kids: string[] = [];
  const streams: Promise<void>[] = [];
  for (const [index, sheet] of sheets.entries()) {
    const drawn = pageContent(sheet, geometry, fonts);
    const content = writer.allocate();
    streams.push(writer.putStream(content, '', encoder.encode(drawn.content)));
    // Pages compress in parallel; a pause now and then lets a cancel from the host land, whatever deflate is.
    if (index % pagesBetweenPauses === pagesBetweenPauses - 1) await Promise.all([streams[index], pause()]);
    const fontResources = [...drawn.fonts].map((font) => `/${font.resourceName} ${font.ref(writer)} 0 R`).join(' ');
    const page = writer.allocate();
    writer.put(page, `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox ${mediaBox} /Resources << /Font << ${fontResources} >> >> /Contents ${content} 0 R >>`);
    kids.push(`${page} 0 R`);
    onProgress?.(index + 1, sheets.length);
    stopIfCancelled();
  }
  await Promise.all(streams);
  await Promise.all(fonts.fonts.map((font, index) => font.write(writer, subsetTag(index))));
  writer.put(pageTree, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`);
  writer.put(catalog, `<< /Type /Catalog /Pages ${pageTree} 0 R >>`);
  writer.put(info, documentInfo(screenplay.titlePage));
  return {
    bytes: writer.finish(catalog, info),
    pageCount: pages.length,
    titlePageCount: titlePages.length,
    findings: missingGlyphFinding(fonts.missing, usage.firstElement, screenplay),
  };
}
