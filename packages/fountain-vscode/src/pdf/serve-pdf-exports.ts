import { exportScreenplayPdf, type PdfExport, type PdfExportOptions, type PdfFontSource } from '@reelkit/core/pdf';
import { parseFountain, type Screenplay } from '@reelkit/core/screenplay';
import { readPdfWorkerRequest, type PdfFontDescriptor, type PdfMessagePort, type PdfWorkerReply } from './pdf-worker-protocol.js';

type ExportScreenplayPdf = (screenplay: Screenplay, options: PdfExportOptions) => Promise<PdfExport>;

/** What a failure becomes on the wire: its message (which says how to fix it) and, for a Reelkit error, its code. */
function failure(error: unknown): PdfWorkerReply {
  if (!(error instanceof Error)) return { type: 'failed', name: 'Error', message: String(error) };
  const { code } = error as { code?: unknown };
  return { type: 'failed', name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

/**
 * The worker's side of the PDF export protocol: parses and exports each script the extension sends, asking it for a
 * font's bytes only when a character needs that font, and posts progress and the finished PDF (its buffer
 * transferred, not copied). The worker is ended by the extension when it is done or cancelled.
 */
export function servePdfExports(port: PdfMessagePort, exportPdf: ExportScreenplayPdf = exportScreenplayPdf): void {
  const fontReads = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }>();
  const readFont = (index: number): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      fontReads.set(index, { resolve, reject });
      port.postMessage({ type: 'read-font', index });
    });
  const source = (font: PdfFontDescriptor, index: number): PdfFontSource => ({ ...font, bytes: () => readFont(index) });

  port.addEventListener('message', (event) => {
    const request = readPdfWorkerRequest(event.data);
    if (request === undefined) return;
    if (request.type === 'export') {
      const { text, paper, fonts } = request;
      const onProgress = (done: number, total: number): void => port.postMessage({ type: 'progress', done, total });
      exportPdf(parseFountain(text), { paper, fonts: fonts.map(source), onProgress }).then(
        ({ bytes, pageCount, titlePageCount, findings }) => port.postMessage({ type: 'done', bytes, pageCount, titlePageCount, findings }, [bytes.buffer]),
        (error: unknown) => port.postMessage(failure(error)),
      );
      return;
    }
    const waiting = fontReads.get(request.index);
    fontReads.delete(request.index);
    if (request.type === 'font') waiting?.resolve(request.bytes);
    else waiting?.reject(new Error(request.message));
  });
}
