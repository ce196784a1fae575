import { AbortError, ReelkitError } from '@reelkit/core/errors';
import type { PdfExport, PdfFontSource } from '@reelkit/core/pdf';
import type { PdfExporter, PdfExportJob } from './pdf-exporter.js';
import { readPdfWorkerReply, type PdfMessagePort, type PdfWorkerReply } from './pdf-worker-protocol.js';

/** A started worker: the protocol's port, plus how it tells that its script failed, and how to end it. */
export interface PdfWorker extends PdfMessagePort {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

// A font the user chose that is not a font keeps its code, so the command can offer to choose another.
function errorFrom(reply: Extract<PdfWorkerReply, { type: 'failed' }>): Error {
  const error = reply.code === 'invalid_argument' ? new ReelkitError({ code: 'invalid_argument', message: reply.message }) : new Error(reply.message);
  error.name = reply.name;
  return error;
}

async function fontBytes(source: PdfFontSource | undefined): Promise<Uint8Array> {
  if (source === undefined) throw new Error('The PDF worker asked for a font it was not given.');
  return typeof source.bytes === 'function' ? source.bytes() : source.bytes;
}

function runInWorker(worker: PdfWorker, job: PdfExportJob): Promise<PdfExport> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      job.signal.removeEventListener('abort', cancel);
      outcome();
    };
    // Ending the worker stops the export at once, wherever it is (even inside a long font parse).
    const cancel = (): void => settle(() => reject(new AbortError('The PDF export', job.signal.reason)));
    job.signal.addEventListener('abort', cancel, { once: true });
    worker.addEventListener('error', (event) => settle(() => reject(new Error(`The PDF export could not start its worker (${event.message || 'the script did not load'}). Reinstall the extension.`))));
    worker.addEventListener('message', (event) => {
      const reply = readPdfWorkerReply(event.data);
      if (reply?.type === 'read-font') {
        fontBytes(job.fonts[reply.index]).then(
          (bytes) => worker.postMessage({ type: 'font', index: reply.index, bytes }),
          (error: unknown) => worker.postMessage({ type: 'font-unreadable', index: reply.index, message: error instanceof Error ? error.message : String(error) }),
        );
      } else if (reply?.type === 'progress') {
        job.onProgress(reply.done, reply.total);
      } else if (reply?.type === 'done') {
        const { bytes, pageCount, titlePageCount, findings } = reply;
        settle(() => resolve({ bytes, pageCount, titlePageCount, findings }));
      } else if (reply?.type === 'failed') {
        settle(() => reject(errorFrom(reply)));
      }
    });
    const fonts = job.fonts.map(({ name, style, postscriptName }) => ({ name, style, ...(postscriptName === undefined ? {} : { postscriptName }) }));
    worker.postMessage({ type: 'export', text: job.text, paper: job.paper, fonts });
  });
}

/**
 * An exporter that runs each export in a fresh worker from `startWorker` (the web extension host, where the export
 * code must not be in the extension's own file), ended when the export is done, fails or is cancelled. The worker
 * parses the script's text itself; fonts are read here, when the worker asks for them.
 */
export function createWorkerPdfExporter(startWorker: () => PdfWorker): PdfExporter {
  return async (job) => {
    if (job.signal.aborted) throw new AbortError('The PDF export', job.signal.reason);
    return runInWorker(startWorker(), job);
  };
}
