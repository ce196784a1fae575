import { defaultPdfFontFiles, type PdfFontFile } from '@reelkit/core/pdf';

/** The folder of the extension that holds the fonts the build copies there (scripts/bundles.mjs `copiedFiles`). */
export const packagedFontFolder = 'dist/fonts';

// Courier Prime, and of Cousine the Cyrillic, Greek and Vietnamese files (Courier Prime lacks most Vietnamese letters),
// 80 KB zipped. Its Latin Extended (200 KB: Courier Prime covers all but a few rare letters) and its historic Cyrillic
// and polytonic Greek are left out to keep the .vsix well under its 1 MB budget; `reelkit.pdf.fallbackFont` covers them.
const shippedCousineScripts: ReadonlySet<string | undefined> = new Set(['cyrillic', 'greek', 'vietnamese']);
// Fontsource names each file `cousine-<script>-<weight>-<style>.woff`.
const cousineScript = /^cousine-([a-z-]+)-\d{3}-[a-z]+\.woff$/u;

const fileName = (file: PdfFontFile): string => file.path.slice(file.path.lastIndexOf('/') + 1);
const isShipped = (file: PdfFontFile): boolean => file.package !== '@fontsource/cousine' || shippedCousineScripts.has(cousineScript.exec(fileName(file))?.[1]);

/** The core's default PDF fonts that ship inside the extension, in the core's fallback order. */
export const packagedPdfFontFiles: readonly PdfFontFile[] = defaultPdfFontFiles.filter(isShipped);

/** Where a packaged font is, relative to the extension's folder. */
export function packagedFontPath(file: PdfFontFile): string {
  return `${packagedFontFolder}/${fileName(file)}`;
}
