import type { EngineCollection, EngineFont, FontEngine } from './font-engine.js';
import { PdfFontError } from './pdf-font-error.js';
import type { PdfFontSource } from './pdf-font-source.js';

function isCollection(parsed: EngineFont | EngineCollection): parsed is EngineCollection {
  return Array.isArray((parsed as Partial<EngineCollection>).fonts);
}

/** Loads and parses a source's font: the named face of a collection, else its first. Unusable bytes throw `PdfFontError`. */
export async function parseFontSource(source: PdfFontSource, engine: FontEngine): Promise<EngineFont> {
  let bytes: Uint8Array;
  try {
    bytes = typeof source.bytes === 'function' ? await source.bytes() : source.bytes;
  } catch (error) {
    throw new PdfFontError(source.name, `The font ${source.name} could not be read.`, error);
  }
  let parsed: EngineFont | EngineCollection;
  try {
    parsed = engine.create(bytes);
  } catch (error) {
    throw new PdfFontError(source.name, `${source.name} is not a font file that can be embedded (${error instanceof Error ? error.message : String(error)}).`, error);
  }
  if (!isCollection(parsed)) return parsed;
  const faces = parsed.fonts;
  const face = source.postscriptName === undefined ? faces[0] : faces.find((candidate) => candidate.postscriptName === source.postscriptName);
  if (face === undefined) {
    const names = faces.map((candidate) => candidate.postscriptName ?? '?').join(', ');
    throw new PdfFontError(source.name, `${source.name} has no face named ${source.postscriptName ?? '(any)'}; it has ${names}.`);
  }
  return face;
}
