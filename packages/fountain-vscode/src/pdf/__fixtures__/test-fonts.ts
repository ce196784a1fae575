import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfFontSource } from '@reelkit/core/pdf';
import { packagedPdfFontFiles } from '../packaged-pdf-fonts.js';

const require = createRequire(import.meta.url);

/** The fonts the extension ships, read from the installed packages; each read is recorded by name in `reads`. */
export function packagedFonts(reads: string[] = []): PdfFontSource[] {
  return packagedPdfFontFiles.map((file) => ({
    name: file.name,
    style: file.style,
    bytes: async () => {
      reads.push(file.name);
      return new Uint8Array(readFileSync(require.resolve(`${file.package}/${file.path}`)));
    },
  }));
}
