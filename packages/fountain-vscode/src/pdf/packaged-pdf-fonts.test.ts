import { describe, expect, it } from 'vitest';
import { copiedFiles } from '../../../../scripts/bundles.mjs';
import { packagedFontPath, packagedPdfFontFiles } from './packaged-pdf-fonts.js';

describe('packagedPdfFontFiles', () => {
  it('are Courier Prime’s four faces, then Cousine’s Cyrillic, Greek and Vietnamese, in the core’s fallback order', () => {
    expect(packagedPdfFontFiles.map((file) => [file.name, file.style, packagedFontPath(file)])).toEqual([
      ['Courier Prime Regular', 'regular', 'dist/fonts/CourierPrime_400Regular.ttf'],
      ['Courier Prime Bold', 'bold', 'dist/fonts/CourierPrime_700Bold.ttf'],
      ['Courier Prime Italic', 'italic', 'dist/fonts/CourierPrime_400Regular_Italic.ttf'],
      ['Courier Prime Bold Italic', 'bold-italic', 'dist/fonts/CourierPrime_700Bold_Italic.ttf'],
      ['Cousine Regular (cyrillic)', 'regular', 'dist/fonts/cousine-cyrillic-400-normal.woff'],
      ['Cousine Bold (cyrillic)', 'bold', 'dist/fonts/cousine-cyrillic-700-normal.woff'],
      ['Cousine Italic (cyrillic)', 'italic', 'dist/fonts/cousine-cyrillic-400-italic.woff'],
      ['Cousine Bold Italic (cyrillic)', 'bold-italic', 'dist/fonts/cousine-cyrillic-700-italic.woff'],
      ['Cousine Regular (greek)', 'regular', 'dist/fonts/cousine-greek-400-normal.woff'],
      ['Cousine Bold (greek)', 'bold', 'dist/fonts/cousine-greek-700-normal.woff'],
      ['Cousine Italic (greek)', 'italic', 'dist/fonts/cousine-greek-400-italic.woff'],
      ['Cousine Bold Italic (greek)', 'bold-italic', 'dist/fonts/cousine-greek-700-italic.woff'],
      ['Cousine Regular (vietnamese)', 'regular', 'dist/fonts/cousine-vietnamese-400-normal.woff'],
      ['Cousine Bold (vietnamese)', 'bold', 'dist/fonts/cousine-vietnamese-700-normal.woff'],
      ['Cousine Italic (vietnamese)', 'italic', 'dist/fonts/cousine-vietnamese-400-italic.woff'],
      ['Cousine Bold Italic (vietnamese)', 'bold-italic', 'dist/fonts/cousine-vietnamese-700-italic.woff'],
    ]);
  });

  it('are exactly the fonts `npm run build` copies into the extension', () => {
    const copiedFonts = copiedFiles.filter(({ to }) => /\.(ttf|woff)$/u.test(to)).map(({ from, to }) => [from, to]);
    const listed = packagedPdfFontFiles.map((file) => [`${file.package}/${file.path}`, `packages/fountain-vscode/${packagedFontPath(file)}`]);
    expect(copiedFonts.sort()).toEqual(listed.sort());
  });
});
