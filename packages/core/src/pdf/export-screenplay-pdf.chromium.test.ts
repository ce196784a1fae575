import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { installedChromium } from '../../../../tests/support/external.js';
import { pdffonts, pdftotextPages, poppler, writeTemporaryPdf } from './__fixtures__/poppler.js';
import { defaultPdfFontFiles } from './pdf-font-files.js';

const chromiumInstall = installedChromium();
const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));
const script = ['Title: Night Ferry', '', 'INT. FERRY - NIGHT', '', 'Rain on the deck. *Quiet.*', '', 'OLGA', 'Паром опаздывает.', ''].join('\n');

// The worker: the export as a browser bundle (how VS Code for the web loads it), fonts posted in as bytes.
const workerSource = `
import { exportScreenplayPdf } from './index.ts';
import { parseFountain } from '../screenplay/index.ts';
self.onmessage = async ({ data }) => {
  const fonts = data.fonts.map((font) => ({ name: font.name, style: font.style, bytes: new Uint8Array(font.bytes) }));
  const result = await exportScreenplayPdf(parseFountain(data.script), { paper: 'letter', fonts });
  self.postMessage({ bytes: Array.from(result.bytes), findings: result.findings.length, nodeGlobals: typeof process + ' ' + typeof Buffer });
};`;

let browser: Browser;

beforeAll(async () => {
  if (!chromiumInstall.available) return;
  browser = await chromium.launch({
    executablePath: chromiumInstall.executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

// VS Code for the web runs extensions in a web worker: the export must run there, with no Node built-ins.
describe('PDF export in a web worker', () => {
  (chromiumInstall.available ? poppler : chromiumInstall).it('exports a script in Chromium\'s worker, and poppler reads it back', async () => {
    const bundle = await esbuild.build({
      stdin: { contents: workerSource, resolveDir: here, loader: 'ts' },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      conditions: ['source'],
      write: false,
      logLevel: 'error',
    });
    const wanted = defaultPdfFontFiles.filter((file) => file.package.includes('courier-prime') || file.path.includes('cyrillic-400-normal'));
    const fonts = await Promise.all(wanted.map(async (file) => ({ name: file.name, style: file.style, bytes: Array.from(await readFile(require.resolve(`${file.package}/${file.path}`))) })));
    const page = await browser.newPage();
    const reply = await page.evaluate(
      async ({ code, message }) => {
        const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        const answer = new Promise<{ bytes: number[]; findings: number; nodeGlobals: string }>((resolve, reject) => {
          worker.onmessage = (event) => resolve(event.data);
          worker.onerror = (event) => reject(new Error(event.message));
        });
        worker.postMessage(message);
        return answer;
      },
      { code: bundle.outputFiles[0]?.text ?? '', message: { script, fonts } },
    );
    await page.close();
    expect([reply.nodeGlobals, reply.findings]).toEqual(['undefined undefined', 0]);
    const path = writeTemporaryPdf(new Uint8Array(reply.bytes));
    const [, body] = pdftotextPages(path) as [string, string];
    expect(body).toContain('Rain on the deck. Quiet.');
    expect(body).toContain('Паром опаздывает.');
    expect(pdffonts(path).map((font) => font.name.slice(7)).sort()).toEqual(['CourierPrime-Italic', 'CourierPrime-Regular', 'Cousine-Regular']);
  }, 60_000);
});
