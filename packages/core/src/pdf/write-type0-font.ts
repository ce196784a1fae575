import type { EngineFont } from './font-engine.js';
import { pdfName, utf16Hex } from './pdf-syntax.js';
import type { PdfWriter } from './pdf-writer.js';
import { oneByteCMap, toUnicodeCMap } from './to-unicode-cmap.js';

/** What a Type 0 font is written from: the face, its subset program, widths and text per code. */
export interface Type0Font {
  readonly font: EngineFont;
  /** Six capitals that mark the subset (`ABCDEF+Name`). */
  readonly tag: string;
  /** The subset: a TrueType file, or a bare CFF table. */
  readonly program: Uint8Array;
  /** Width per code, in thousandths of the font size. */
  readonly widths: readonly number[];
  /** Text per code ('' for none). */
  readonly unicodes: readonly string[];
  /** One-byte codes (an embedded CMap) rather than Identity-H's two. */
  readonly oneByte: boolean;
}

const identity = '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>';
const encoder = new TextEncoder();

/**
 * Writes a subset font as ISO 32000-1 §9.7 has it: the Type 0 font at `ref`, its CIDFont (`CIDFontType2` for
 * TrueType outlines, `CIDFontType0` for CFF), descriptor, font program, encoding and ToUnicode map.
 */
export async function writeType0Font(writer: PdfWriter, ref: number, type0: Type0Font): Promise<void> {
  const { font, oneByte } = type0;
  const isCff = font.directory.tables['CFF '] !== undefined;
  const scale = 1000 / font.unitsPerEm;
  const units = (value: number): number => Math.round(value * scale);
  const baseName = pdfName(`${type0.tag}+${font.postscriptName ?? 'Font'}`);
  const program = writer.allocate();
  const descriptor = writer.allocate();
  const descendant = writer.allocate();
  const toUnicode = writer.allocate();
  const encoding = oneByte ? writer.allocate() : undefined;
  await writer.putStream(program, isCff ? '/Subtype /CIDFontType0C' : '', type0.program);
  const { minX, minY, maxX, maxY } = font.bbox;
  // Flags: fixed pitch (1) and symbolic (4), the usual for an embedded CID font; 64 marks an italic.
  writer.put(
    descriptor,
    `<< /Type /FontDescriptor /FontName ${baseName} /Flags ${font.italicAngle === 0 ? 5 : 69} /FontBBox [${[minX, minY, maxX, maxY].map(units).join(' ')}] ` +
      `/ItalicAngle ${font.italicAngle} /Ascent ${units(font.ascent)} /Descent ${units(font.descent)} /CapHeight ${units(font.capHeight)} ` +
      `/StemV 80 /${isCff ? 'FontFile3' : 'FontFile2'} ${program} 0 R >>`,
  );
  writer.put(
    descendant,
    `<< /Type /Font /Subtype /${isCff ? 'CIDFontType0' : 'CIDFontType2'} /BaseFont ${baseName} ${identity} ` +
      `/FontDescriptor ${descriptor} 0 R /DW 600 /W [0 [${type0.widths.join(' ')}]]${isCff ? '' : ' /CIDToGIDMap /Identity'} >>`,
  );
  const unicodes = type0.unicodes.map((text) => (text === '' ? '' : utf16Hex(text)));
  await writer.putStream(toUnicode, '', encoder.encode(toUnicodeCMap(unicodes, oneByte ? 2 : 4)));
  if (encoding !== undefined) await writer.putStream(encoding, `/Type /CMap /CMapName /Reelkit-OneByte ${identity}`, encoder.encode(oneByteCMap()));
  writer.put(
    ref,
    `<< /Type /Font /Subtype /Type0 /BaseFont ${baseName} /Encoding ${encoding === undefined ? '/Identity-H' : `${encoding} 0 R`} ` +
      `/DescendantFonts [${descendant} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
}
