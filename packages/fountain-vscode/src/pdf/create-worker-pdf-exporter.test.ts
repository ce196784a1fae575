import { AbortError, ReelkitError } from '@reelkit/core/errors';
import { paginateScreenplay } from '@reelkit/core/pagination';
import type { PdfFontSource } from '@reelkit/core/pdf';
import { parseFountain } from '@reelkit/core/screenplay';
import { describe, expect, it } from 'vitest';
import { LoopbackWorker } from './__fixtures__/loopback-worker.js';
import { packagedFonts } from './__fixtures__/test-fonts.js';
import { createWorkerPdfExporter } from './create-worker-pdf-exporter.js';
import type { PdfExportJob } from './pdf-exporter.js';
import { servePdfExports } from './serve-pdf-exports.js';

const script = 'Title: Bus Stop\nAuthor: A. Writer\n\nINT. BUS STOP - NIGHT\n\nBOB waits in the rain.\n\nBOB\nShe is late.\n\nEXT. ROAD - CONTINUOUS\n\n**Headlights.**\n';

function job(fonts: readonly PdfFontSource[], signal = new AbortController().signal, progress: Array<[number, number]> = []): PdfExportJob {
  return { text: script, screenplay: parseFountain(script), paper: 'letter', fonts, signal, onProgress: (done, total) => progress.push([done, total]) };
}

/** A worker serving the protocol from this thread's copy of the export, and the exporter that starts it. */
function loopback(): { worker: LoopbackWorker; exporter: ReturnType<typeof createWorkerPdfExporter> } {
  const worker = new LoopbackWorker();
  servePdfExports(worker.scope);
  return { worker, exporter: createWorkerPdfExporter(() => worker) };
}

describe('createWorkerPdfExporter with servePdfExports on the other side', () => {
  it('exports the script in the worker, reads only the fonts it needs, reports every sheet, and ends the worker', async () => {
    const { worker, exporter } = loopback();
    const reads: string[] = [];
    const progress: Array<[number, number]> = [];
    const result = await exporter(job(packagedFonts(reads), undefined, progress));
    const { pages, titlePages } = paginateScreenplay(parseFountain(script), { paper: 'letter' });
    expect(new TextDecoder().decode(result.bytes.subarray(0, 5))).toBe('%PDF-');
    expect([result.pageCount, result.titlePageCount, result.findings]).toEqual([pages.length, titlePages.length, []]);
    expect(progress).toEqual([[1, 2], [2, 2]]);
    // Regular, and bold for the headlights: Courier Prime's italics and Cousine are never read.
    expect(reads).toEqual(['Courier Prime Regular', 'Courier Prime Bold']);
    expect(worker.requests.map((request) => request.type)).toEqual(['export', 'font', 'font']);
    expect(worker.terminated).toBe(true);
  });

  it('returns characters no font has as a finding, not an error', async () => {
    const { exporter } = loopback();
    const result = await exporter({ ...job(packagedFonts()), text: 'INT. TOKYO - NIGHT\n\nThe sign says 東京.\n' });
    expect(result.findings.map((finding) => [finding.ruleId, finding.evidence])).toEqual([['pdf.missing-glyph', '京東']]);
  });

  it('passes a font that is not a font back as the core’s invalid_argument error, with how to fix it', async () => {
    const { worker, exporter } = loopback();
    const notAFont: PdfFontSource = { name: 'notes.txt', style: 'any', bytes: async () => new TextEncoder().encode('not a font') };
    const failure = await exporter(job([notAFont])).catch((error: unknown) => error);
    expect(ReelkitError.hasCode(failure, 'invalid_argument')).toBe(true);
    expect((failure as Error).name).toBe('PdfFontError');
    expect((failure as Error).message).toMatch(/^notes\.txt is not a font file that can be embedded \(.+\)\. Choose a TrueType or OpenType font file/u);
    expect(worker.terminated).toBe(true);
  });

  it('says a font could not be read when reading it fails in the extension', async () => {
    const { exporter } = loopback();
    const missing: PdfFontSource = { name: '/fonts/gone.ttf', style: 'any', bytes: () => Promise.reject(new Error('FileNotFound')) };
    await expect(exporter(job([missing]))).rejects.toThrow(/^The font \/fonts\/gone\.ttf could not be read\./u);
  });

  it('ends the worker and rejects with AbortError when cancelled mid-way (a font read that never finishes)', async () => {
    const { worker, exporter } = loopback();
    const controller = new AbortController();
    let asked: () => void = () => undefined;
    const fontAsked = new Promise<void>((resolve) => (asked = resolve));
    const stalled: PdfFontSource = { name: 'stalled', style: 'any', bytes: () => (asked(), new Promise<Uint8Array>(() => undefined)) };
    const running = exporter(job([stalled], controller.signal));
    await fontAsked;
    controller.abort(new Error('cancelled by the user'));
    const failure = await running.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AbortError);
    expect(worker.terminated).toBe(true);
  });

  it('starts no worker when cancelled before it starts', async () => {
    let started = 0;
    const exporter = createWorkerPdfExporter(() => ((started += 1), new LoopbackWorker()));
    const controller = new AbortController();
    controller.abort();
    await expect(exporter(job([], controller.signal))).rejects.toBeInstanceOf(AbortError);
    expect(started).toBe(0);
  });

  it('says the worker did not start when its script fails to load', async () => {
    const worker = new LoopbackWorker();
    const running = createWorkerPdfExporter(() => worker)(job(packagedFonts()));
    worker.failToLoad('NetworkError: Failed to execute importScripts');
    await expect(running).rejects.toThrow('The PDF export could not start its worker (NetworkError: Failed to execute importScripts). Reinstall the extension.');
    expect(worker.terminated).toBe(true);
  });
});
