// The PDF export chunk as `npm run build` makes it (scripts/bundles.mjs), loaded the two ways the extension loads it:
// required by the node extension host, and run as a worker's script on the web. And the extension's own bundles,
// which must not carry the export (fontkit) inline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { paginateScreenplay } from '@reelkit/core/pagination';
import { parseFountain } from '@reelkit/core/screenplay';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundles, common } from '../../../../scripts/bundles.mjs';
import { LoopbackWorker } from './__fixtures__/loopback-worker.js';
import { packagedFonts } from './__fixtures__/test-fonts.js';
import { createWorkerPdfExporter } from './create-worker-pdf-exporter.js';
import type { PdfExporter, PdfExportJob } from './pdf-exporter.js';

const script = 'INT. BUS STOP - NIGHT\n\nBOB waits in the rain. Пётр and Ξένια wait too.\n\nBOB\nShe is *late*.\n';

async function build(name: string): Promise<{ text: string; inputs: Record<string, number> }> {
  const bundle = bundles.find((candidate) => candidate.name === name);
  if (bundle === undefined) throw new Error(`no bundle named ${name} in scripts/bundles.mjs`);
  const { name: _name, ...options } = bundle;
  const result = await esbuild.build({ ...common, ...options, sourcemap: false, write: false, metafile: true, logLevel: 'silent' });
  const inputs: Record<string, number> = {};
  for (const output of Object.values(result.metafile.outputs)) for (const [path, input] of Object.entries(output.inputs)) inputs[path] = (inputs[path] ?? 0) + input.bytesInOutput;
  return { text: result.outputFiles.find((file) => file.path.endsWith('.js'))?.text ?? '', inputs };
}

const fontkitBytes = (inputs: Record<string, number>): number =>
  Object.entries(inputs).filter(([path]) => path.includes('node_modules/fontkit/')).reduce((sum, [, bytes]) => sum + bytes, 0);

function job(reads: string[]): PdfExportJob {
  return { text: script, screenplay: parseFountain(script), paper: 'a4', fonts: packagedFonts(reads), signal: new AbortController().signal, onProgress: () => undefined };
}

describe('the PDF export chunk (dist/pdf-export.js)', () => {
  let chunk: { text: string; inputs: Record<string, number> };
  beforeAll(async () => {
    chunk = await build('fountain-vscode (pdf export)');
  }, 60_000);

  const expectPdf = async (exporter: PdfExporter): Promise<void> => {
    const reads: string[] = [];
    const result = await exporter(job(reads));
    expect(new TextDecoder().decode(result.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(result.pageCount).toBe(paginateScreenplay(parseFountain(script), { paper: 'a4' }).pages.length);
    // Cyrillic and Greek from the Cousine files the extension ships: nothing missing.
    expect(result.findings).toEqual([]);
    expect(reads.sort()).toEqual(['Courier Prime Italic', 'Courier Prime Regular', 'Cousine Regular (cyrillic)', 'Cousine Regular (greek)']);
  };

  it('holds the export with fontkit', () => {
    expect(fontkitBytes(chunk.inputs)).toBeGreaterThan(100_000);
  });

  it('exports when the node extension host require()s it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'reelkit-pdf-chunk-')), 'pdf-export.js');
    writeFileSync(file, chunk.text);
    const { exportPdf } = createRequire(import.meta.url)(file) as { exportPdf: PdfExporter };
    await expectPdf(exportPdf);
  });

  it('serves exports when started as a worker’s script', async () => {
    const worker = new LoopbackWorker();
    // A worker's global scope: importScripts defined, `self` the port, no CommonJS `module`.
    const scope = Object.create(globalThis, { importScripts: { value: () => undefined } }) as typeof globalThis;
    new Function('globalThis', 'self', 'module', chunk.text)(scope, worker.scope, undefined);
    await expectPdf(createWorkerPdfExporter(() => worker));
    expect(worker.replies.at(-1)?.type).toBe('done');
  });
});

describe('the extension’s own bundles', () => {
  for (const [name, loads] of [
    ['fountain-vscode (node)', /require\(\w+\.fsPath\)/u],
    ['fountain-vscode (web)', /new Worker\(/u],
  ] as const) {
    it(`${name} loads the export chunk at run time instead of carrying it`, async () => {
      const { text, inputs } = await build(name);
      expect(fontkitBytes(inputs)).toBe(0);
      expect(text).toMatch(loads);
    }, 60_000);
  }
});
