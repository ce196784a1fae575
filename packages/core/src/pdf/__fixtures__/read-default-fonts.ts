// The default fonts read from node_modules, as the CLI reads them, for tests.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { defaultPdfFontSources } from '../pdf-font-files.js';
import type { PdfFontSource } from '../pdf-font-source.js';

const require = createRequire(import.meta.url);

/** The default font sources, each read from its package on first use. */
export function readDefaultFonts(): PdfFontSource[] {
  return defaultPdfFontSources(async (file) => new Uint8Array(await readFile(require.resolve(`${file.package}/${file.path}`))));
}
