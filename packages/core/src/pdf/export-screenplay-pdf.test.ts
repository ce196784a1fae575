import { describe, expect, it } from 'vitest';
import { ReelkitError } from '../errors/index.js';
import { parseFountain } from '../screenplay/index.js';
import { readDefaultFonts } from './__fixtures__/read-default-fonts.js';
import { exportScreenplayPdf } from './export-screenplay-pdf.js';
import { isReelkitPdf } from './is-reelkit-pdf.js';
import { PdfFontError } from './pdf-font-error.js';

const script = parseFountain(['Title: Tide', 'Author: Ann Lee', '', 'INT. PIER - NIGHT', '', 'Waves.', '', '===', '', 'EXT. BEACH - DAY', '', 'Sand.', ''].join('\n'));
const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

describe('exportScreenplayPdf', () => {
  it('returns a PDF file with one page per sheet and reports progress after each', async () => {
    const progress: string[] = [];
    const result = await exportScreenplayPdf(script, { paper: 'letter', fonts: readDefaultFonts(), onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect([result.titlePageCount, result.pageCount, result.findings]).toEqual([1, 2, []]);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    const text = latin1(result.bytes);
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    expect(text.endsWith('%%EOF\n')).toBe(true);
    expect(text.match(/\/Type \/Page\b/gu)).toHaveLength(3);
    expect([isReelkitPdf(result.bytes), isReelkitPdf(new TextEncoder().encode('%PDF-1.4\n/Producer (Word)'))]).toEqual([true, false]);
  });

  it('is deterministic: the same script and fonts give the same bytes', async () => {
    const first = await exportScreenplayPdf(script, { paper: 'a4', fonts: readDefaultFonts() });
    const second = await exportScreenplayPdf(script, { paper: 'a4', fonts: readDefaultFonts() });
    expect(second.bytes).toEqual(first.bytes);
  });

  it('loads only the fonts a character needs: Cousine stays unread for an English script', async () => {
    const read: string[] = [];
    const fonts = readDefaultFonts().map((source) => ({ ...source, bytes: async () => (read.push(source.name), (source.bytes as () => Promise<Uint8Array>)()) }));
    await exportScreenplayPdf(script, { paper: 'letter', fonts });
    expect(read).toEqual(['Courier Prime Regular']);
  });

  it('rejects with AbortError when cancelled, before or during the export', async () => {
    const cancelled = new AbortController();
    cancelled.abort();
    const before = await exportScreenplayPdf(script, { paper: 'letter', fonts: readDefaultFonts(), signal: cancelled.signal }).catch((error: unknown) => error);
    expect(ReelkitError.hasCode(before, 'aborted')).toBe(true);
    const during = new AbortController();
    const midway = await exportScreenplayPdf(script, { paper: 'letter', fonts: readDefaultFonts(), signal: during.signal, onProgress: () => during.abort() }).catch((error: unknown) => error);
    expect(ReelkitError.hasCode(midway, 'aborted')).toBe(true);
  });

  it('names a font that is not a font, and says how to fix it', async () => {
    const fonts = [{ name: 'notes.txt', style: 'any' as const, bytes: new TextEncoder().encode('not a font at all') }];
    const error = await exportScreenplayPdf(script, { paper: 'letter', fonts }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PdfFontError);
    expect((error as PdfFontError).message).toMatch(/^notes\.txt is not a font file that can be embedded \(.+\)\. Choose a TrueType or OpenType font file/u);
  });

  it('reports characters no font has in one finding, at the first element that uses them', async () => {
    const thai = parseFountain('INT. MARKET - DAY\n\nNoise.\n\nSOMCHAI\nสวัสดี\n');
    const { findings } = await exportScreenplayPdf(thai, { paper: 'letter', fonts: readDefaultFonts() });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'pdf.missing-glyph',
      category: 'format',
      severity: 'warning',
      message: 'No font in the PDF has 5 characters of the script: ด (U+0E14), ว (U+0E27), ส (U+0E2A), ั (U+0E31), ี (U+0E35). They print as an empty box (the text still copies out of the PDF).',
      range: { start: { line: 5 } },
    });
  });
});
