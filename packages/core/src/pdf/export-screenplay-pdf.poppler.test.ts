import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { paginateScreenplay } from '../pagination/index.js';
import { parseFountain } from '../screenplay/index.js';
import { notoCjk, pdffonts, pdfinfo, pdftotextPages, poppler, writeTemporaryPdf } from './__fixtures__/poppler.js';
import { readDefaultFonts } from './__fixtures__/read-default-fonts.js';
import { exportScreenplayPdf } from './export-screenplay-pdf.js';
import type { PdfFontSource } from './pdf-font-source.js';

const script = parseFountain(readFileSync(new URL('__fixtures__/every-element.fountain', import.meta.url), 'utf8'));
const cjkFont: PdfFontSource = { name: 'Noto Sans CJK', style: 'any', bytes: async () => new Uint8Array(readFileSync(notoCjk.path)) };

// Our PDFs read back by poppler: what a writer sees in a viewer, and what copy or search finds.
describe('PDF export read back by poppler', () => {
  poppler.describe('every element of a script', () => {
    notoCjk.it('prints the text of every element, Cyrillic, Japanese and Chinese included, and numbers the scenes in both margins', async () => {
      const { bytes, findings } = await exportScreenplayPdf(script, { paper: 'letter', fonts: [...readDefaultFonts(), cjkFont] });
      expect(findings).toEqual([]);
      const [titlePage, first, second] = pdftotextPages(writeTemporaryPdf(bytes)) as [string, string, string];
      for (const text of ['The Lighthouse Keeper', 'written by', 'Mara Quill', 'from a story by Ilse Varga', '1 May 2025', 'Quill Pictures, 12 Harbour']) {
        expect(titlePage).toContain(text);
      }
      const lines = first.split('\n').map((line) => line.trim());
      expect(lines).toContain('FADE IN:');
      expect(lines.find((line) => line.includes('INT. LIGHTHOUSE - NIGHT'))?.trim()).toMatch(/^1\s+INT\. LIGHTHOUSE - NIGHT\s+1$/u);
      expect(lines.find((line) => line.includes('EXT. HARBOUR - DAWN'))?.trim()).toMatch(/^2A\s+EXT\. HARBOUR - DAWN\s+2A$/u);
      for (const text of ['The lamp turns. Slowly. Too slowly. Someone watches.', '(whispering)', 'Who keeps the light when the keeper', 'sleeps?', 'THE LAMP SPINS FASTER', 'Round and round the lamp goes', 'CUT TO:']) {
        expect(first).toContain(text);
      }
      // Dual dialogue: the two speeches side by side on the same lines.
      expect(lines.find((line) => line.includes('MARA') && line.includes('JONAS'))).toMatch(/MARA\s{3,}JONAS/u);
      expect(lines.find((line) => line.includes('Then it goes out.'))).toMatch(/Then it goes out\.\s{3,}It never does\./u);
      expect(first).toContain('Анна читает письмо у причала.');
      expect(first).toContain('東京の夜は静かです。');
      expect(first).toContain('我们明天见面吧。');
      // The forced break: the kitchen starts page 2, numbered at the top right.
      expect(second.split('\n')[0]?.trim()).toBe('2.');
      expect(second).toMatch(/3\s+INT\. KITCHEN - DAY\s+3/u);
    });

    notoCjk.it('embeds every font as a subset with a Unicode map, the CJK one as CFF', async () => {
      const { bytes } = await exportScreenplayPdf(script, { paper: 'letter', fonts: [...readDefaultFonts(), cjkFont] });
      const fonts = pdffonts(writeTemporaryPdf(bytes));
      expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/u, '')).sort()).toEqual([
        'CourierPrime-Bold',
        'CourierPrime-Italic',
        'CourierPrime-Regular',
        'Cousine-Regular',
        'NotoSansCJKjp-Regular',
      ]);
      expect(fonts.every((font) => font.embedded && font.subset && font.unicode && /^[A-Z]{6}\+/u.test(font.name))).toBe(true);
      expect(fonts.find((font) => font.name.endsWith('NotoSansCJKjp-Regular'))?.type).toBe('CID Type 0C');
    });

    poppler.it('sizes pages as US Letter or A4, and fills the metadata from the title page', async () => {
      const letter = pdfinfo(writeTemporaryPdf((await exportScreenplayPdf(script, { paper: 'letter', fonts: readDefaultFonts() })).bytes));
      const a4 = pdfinfo(writeTemporaryPdf((await exportScreenplayPdf(script, { paper: 'a4', fonts: readDefaultFonts() })).bytes));
      expect(letter['Page size']).toBe('612 x 792 pts (letter)');
      expect(a4['Page size']).toBe('595.28 x 841.89 pts (A4)');
      expect([letter.Title, letter.Author, letter.Producer, letter.Pages]).toEqual(['The Lighthouse Keeper', 'Mara Quill', 'Reelkit', '3']);
      const pages = paginateScreenplay(script, { paper: 'letter' });
      expect(Number(letter.Pages)).toBe(pages.titlePages.length + pages.pages.length);
    });

    poppler.it('draws underlined text and keeps a character no font has in the text, with a finding', async () => {
      const thai = parseFountain('INT. MARKET - DAY\n\nSOMCHAI\nสวัสดี _friend_\n');
      const { bytes, findings } = await exportScreenplayPdf(thai, { paper: 'letter', fonts: readDefaultFonts() });
      const [page] = pdftotextPages(writeTemporaryPdf(bytes)) as [string];
      expect(page).toContain('สวัสดี friend');
      expect(findings.map((finding) => [finding.ruleId, finding.evidence])).toEqual([['pdf.missing-glyph', 'ดวสัี']]);
    });
  });
});
