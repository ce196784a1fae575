import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { paginatedCorpusScripts as scripts } from '../pagination/__fixtures__/corpus-scripts.js';
import { paginateScreenplay } from '../pagination/index.js';
import { parseFountain } from '../screenplay/index.js';
import { notoCjk, pdfinfo, pdftotextPages, poppler, writeTemporaryPdf } from './__fixtures__/poppler.js';
import { readDefaultFonts } from './__fixtures__/read-default-fonts.js';
import { exportScreenplayPdf } from './export-screenplay-pdf.js';

const corpus = sharedFolder('corpus');
const ready = corpus.available && poppler.available && notoCjk.available;
const describeCorpus = !corpus.available ? corpus.describe : !poppler.available ? poppler.describe : notoCjk.describe;
const heading = /^(?:\S+\s+)?(?:INT|EXT|EST|I\/E|INT\.\/EXT)[ .]/u;

/** The text lines of a page that carry text, without the page number line. */
function textLines(page: string): string[] {
  return page
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\d+\.$/u.test(line));
}

// The corpus scripts (written outside this project) exported and read back by poppler: the page count is the
// pagination's, and the break rules show in the text a reader sees.
describeCorpus('corpus scripts as PDF, read back by poppler', () => {
  for (const name of scripts) {
    it(`${name}: as many pages as the pagination, (MORE) then (CONT'D), no heading at a page foot, every character drawn`, async () => {
      if (!ready) return;
      const screenplay = parseFountain(corpus.read(name));
      const cjk = { name: 'Noto Sans CJK', style: 'any' as const, bytes: new Uint8Array(readFileSync(notoCjk.path)) };
      const result = await exportScreenplayPdf(screenplay, { paper: 'letter', fonts: [...readDefaultFonts(), cjk] });
      const paginated = paginateScreenplay(screenplay, { paper: 'letter' });
      expect([result.pageCount, result.titlePageCount]).toEqual([paginated.pages.length, paginated.titlePages.length]);
      expect(result.findings).toEqual([]);
      const path = writeTemporaryPdf(result.bytes);
      expect(Number(pdfinfo(path).Pages)).toBe(paginated.titlePages.length + paginated.pages.length);
      const pages = pdftotextPages(path).slice(paginated.titlePages.length).map(textLines);
      expect(pages).toHaveLength(paginated.pages.length);
      const breaches: string[] = [];
      pages.forEach((lines, index) => {
        const last = lines[lines.length - 1] ?? '';
        if (index < pages.length - 1 && heading.test(last)) breaches.push(`page ${index + 1} ends with the heading "${last}"`);
        if (last === '(MORE)' && !(pages[index + 1]?.[0] ?? '').endsWith("(CONT'D)")) breaches.push(`page ${index + 1} ends (MORE) but page ${index + 2} starts "${pages[index + 1]?.[0] ?? ''}"`);
      });
      expect(breaches).toEqual([]);
      if (name.includes('Big-Fish')) {
        expect(paginated.pages.length).toBe(127);
        expect(pages.filter((lines) => lines[lines.length - 1] === '(MORE)').length).toBeGreaterThan(0);
      }
    }, 60_000);
  }
});
