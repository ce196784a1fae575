import type { PdfFontSource, PdfFontStyle } from './pdf-font-source.js';

/** A font file the export ships with: an npm package and a path inside it, installed beside the core. */
export interface PdfFontFile {
  readonly package: string;
  readonly path: string;
  readonly name: string;
  readonly style: PdfFontStyle;
  /** SPDX licence of the font. */
  readonly licence: string;
}

const courierPrime = (folder: string, file: string, name: string, style: PdfFontStyle): PdfFontFile => ({
  package: '@expo-google-fonts/courier-prime',
  path: `${folder}/CourierPrime_${file}.ttf`,
  name: `Courier Prime ${name}`,
  style,
  licence: 'OFL-1.1',
});

const styleFiles: readonly (readonly [PdfFontStyle, string, string])[] = [
  ['regular', '400-normal', 'Regular'],
  ['bold', '700-normal', 'Bold'],
  ['italic', '400-italic', 'Italic'],
  ['bold-italic', '700-italic', 'Bold Italic'],
];

// Cousine is metric-compatible with Courier New (0.6 em, as Courier Prime): its Cyrillic, Greek, Latin Extended
// and Vietnamese files fill what Courier Prime lacks. Fontsource splits each face by script; all are WOFF.
const cousineScripts = ['cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'latin-ext', 'vietnamese'];

/**
 * The fonts a PDF export uses before any the user adds: Courier Prime's four faces for Latin, then Cousine for
 * Cyrillic, Greek and the rest of Latin. Hosts read them from the packages (the CLI) or copy them beside their
 * bundle (an extension) and pass them to `defaultPdfFontSources`.
 */
export const defaultPdfFontFiles: readonly PdfFontFile[] = [
  courierPrime('400Regular', '400Regular', 'Regular', 'regular'),
  courierPrime('700Bold', '700Bold', 'Bold', 'bold'),
  courierPrime('400Regular_Italic', '400Regular_Italic', 'Italic', 'italic'),
  courierPrime('700Bold_Italic', '700Bold_Italic', 'Bold Italic', 'bold-italic'),
  ...cousineScripts.flatMap((script) =>
    styleFiles.map(([style, weight, name]): PdfFontFile => ({
      package: '@fontsource/cousine',
      path: `files/cousine-${script}-${weight}.woff`,
      name: `Cousine ${name} (${script})`,
      style,
      licence: 'OFL-1.1',
    })),
  ),
];

/** The default fonts as sources that `read` loads only when a character needs them (Cousine rarely is). */
export function defaultPdfFontSources(read: (file: PdfFontFile) => Promise<Uint8Array>): PdfFontSource[] {
  return defaultPdfFontFiles.map((file) => ({ name: file.name, style: file.style, bytes: () => read(file) }));
}
