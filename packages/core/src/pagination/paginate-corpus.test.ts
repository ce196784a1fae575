import { expect } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { paginatedCorpusScripts as scripts } from './__fixtures__/corpus-scripts.js';
import { parseFountain } from '../screenplay/parse-fountain.js';
import type { Screenplay } from '../screenplay/screenplay.js';
import type { PaperName } from './page-geometry.js';
import { paginateScreenplay } from './paginate-screenplay.js';
import type { PaginatedScreenplay, PrintedLine } from './printed-page.js';

const corpus = sharedFolder('corpus');
const papers: PaperName[] = ['letter', 'a4'];

// Lines break at spaces, after hyphens and inside words: compare the text without its whitespace.
const squeeze = (text: string): string => text.replace(/\s+/gu, '').toUpperCase();
const body = (lines: readonly PrintedLine[], rows: number): PrintedLine[] => lines.filter((line) => line.y >= 0 && line.y < rows && line.kind !== 'more');
const lastOf = (lines: readonly PrintedLine[]): PrintedLine | undefined => lines.reduce<PrintedLine | undefined>((last, line) => (last === undefined || line.y >= last.y ? line : last), undefined);
const firstOf = (lines: readonly PrintedLine[]): PrintedLine | undefined => lines.reduce<PrintedLine | undefined>((first, line) => (first === undefined || line.y < first.y ? line : first), undefined);

/** Every break rule, checked on every page; returns the breaches as `page: what`. */
function breaches(paginated: PaginatedScreenplay): string[] {
  const found: string[] = [];
  const rows = paginated.geometry.bodyLines;
  paginated.pages.forEach((page, index) => {
    const next = paginated.pages[index + 1];
    const lines = body(page.lines, rows);
    for (const line of page.lines) {
      const continuedCue = line.y === -1 && line.kind === 'character' && line.text.endsWith("(CONT'D)");
      const more = line.kind === 'more' && line.y <= rows;
      if (!continuedCue && !more && (line.y < 0 || line.y >= rows)) found.push(`${page.number}: line ${line.y} outside the ${rows}-line body`);
    }
    const last = lastOf(lines);
    if (next !== undefined && last?.kind === 'scene-heading') found.push(`${page.number}: ends with a scene heading`);
    if (next !== undefined && last?.kind === 'character') found.push(`${page.number}: ends with a cue`);
    // Only a script that opens on a transition may start a page with one.
    if (index > 0 && firstOf(lines)?.kind === 'transition') found.push(`${page.number}: starts with a transition`);
    const more = page.lines.find((line) => line.kind === 'more');
    if (more !== undefined) {
      const cue = next?.lines.find((line) => line.y === -1);
      if (cue?.kind !== 'character' || !cue.text.endsWith("(CONT'D)")) found.push(`${page.number}: (MORE) without NAME (CONT'D) on the next page`);
      if (last?.kind === 'parenthetical') found.push(`${page.number}: (MORE) right after a parenthetical`);
    }
  });
  return found;
}

/** Elements whose printed lines, joined, do not say what the element says (nothing lost or doubled at breaks). */
function altered(screenplay: Screenplay, paginated: PaginatedScreenplay): number[] {
  const printed = new Map<number, string[]>();
  for (const page of paginated.pages) {
    for (const line of page.lines) {
      if (line.element === undefined || (line.kind === 'character' && line.y === -1)) continue;
      printed.set(line.element, [...(printed.get(line.element) ?? []), line.text]);
    }
  }
  const silent = new Set(['section', 'synopsis', 'page-break']);
  return screenplay.elements.flatMap((element, index) => {
    if (silent.has(element.kind)) return [];
    return squeeze((printed.get(index) ?? []).join('')) === squeeze(element.text) ? [] : [index];
  });
}

corpus.describe('paginateScreenplay on the corpus', () => {
  for (const path of scripts) {
    for (const paper of papers) {
      corpus.it(`${path} on ${paper}: every break rule holds on every page, and every element prints whole`, () => {
        const screenplay = parseFountain(corpus.read(path));
        const paginated = paginateScreenplay(screenplay, { paper });
        expect(breaches(paginated)).toEqual([]);
        expect(altered(screenplay, paginated)).toEqual([]);
      });
    }
  }

  // Final Draft 11 sets this script (as fountain.io publishes it) on 127 US Letter pages after the title page; the
  // PDF it made is in SimonGZ/jumpcut's test corpus. afterwriting gives 122 (55 lines, one blank line before headings).
  corpus.it('Big Fish: 127 Letter pages as Final Draft sets it, 118 on A4, one title page', () => {
    const screenplay = parseFountain(corpus.read('full-scripts/Big-Fish.fountain'));
    const letter = paginateScreenplay(screenplay, { paper: 'letter' });
    const a4 = paginateScreenplay(screenplay, { paper: 'a4' });
    expect([letter.pages.length, a4.pages.length, letter.titlePages.length]).toEqual([127, 118, 1]);
  });

  corpus.it("Big Fish: pages start where Final Draft's do, splits and moved headings included", () => {
    const { pages } = paginateScreenplay(parseFountain(corpus.read('full-scripts/Big-Fish.fountain')), { paper: 'letter' });
    const start = (number: number): string[] => {
      const lines = pages[number - 1]?.lines ?? [];
      return lines.filter((line) => line.y <= (firstOf(body(lines, 54))?.y ?? 0)).map((line) => line.text);
    };
    expect(start(2)).toEqual(['FADE IN:']);
    expect(start(34)).toEqual(["MAYOR (CONT'D)", 'But take with you this Key to the']);
    expect(start(40)).toEqual(["NORTHER WINSLOW (CONT'D)", 'At night the wind goes through the']);
    expect(start(55)).toEqual(["EDWARD (CONT'D)", 'He would have told it wrong anyway.']);
    expect(start(77)).toEqual(["PING (CONT'D)", 'Because that girl,']);
    expect(start(81)).toEqual(['Looking up, she sees not a shadow but Edward himself standing']);
    expect(start(89)).toEqual(["EDWARD (CONT'D)", "It's strong enough, you can do a"]);
    expect(start(115)).toEqual(['INT.  HOSPITAL ROOM - NIGHT']);
  });
});
