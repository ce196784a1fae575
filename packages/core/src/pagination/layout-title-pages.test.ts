import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { layoutTitlePages } from './layout-title-pages.js';
import { pageGeometry } from './page-geometry.js';

const letter = pageGeometry('letter');

describe('layoutTitlePages', () => {
  it('centres title, credit, author and source where Final Draft puts them, contact and date at the foot', () => {
    const source = 'Title:\n\t_**BRICK & STEEL**_\n\t_**FULL RETIRED**_\nCredit: Written by\nAuthor: Stu Maschwitz\nSource: Story by KTM\nDraft date: 1/27/2012\nContact:\n\tNext Level Productions\n\t1588 Mission Dr.\n\nINT. HOUSE - DAY\n';
    const [page, ...more] = layoutTitlePages(parseFountain(source).titlePage, letter);
    expect(more).toEqual([]);
    expect(page?.lines.map((line) => `${line.y} ${line.x.toFixed(2)} ${line.text}`)).toEqual([
      '18 3.60 BRICK & STEEL',
      '19 3.65 FULL RETIRED',
      '23 3.75 Written by',
      '25 3.60 Stu Maschwitz',
      '30 3.65 Story by KTM',
      '52 1.50 Next Level Productions',
      '52 6.60 1/27/2012',
      '53 1.50 1588 Mission Dr.',
    ]);
    expect(page?.lines[0]?.emphasis).toEqual([
      { style: 'underline', start: 0, end: 13 },
      { style: 'bold', start: 0, end: 13 },
    ]);
  });

  it('centres on the A4 page, which is narrower', () => {
    const [page] = layoutTitlePages(parseFountain('Title: Big Fish\n\nINT. HOUSE - DAY\n').titlePage, pageGeometry('a4'));
    expect(page?.lines.map((line) => [line.y, Number(line.x.toFixed(3))])).toEqual([[18, Number((210 / 25.4 / 2 - 0.4).toFixed(3))]]);
  });

  it('makes no title page for a script without one', () => {
    expect(layoutTitlePages(parseFountain('INT. HOUSE - DAY\n').titlePage, letter)).toEqual([]);
  });
});
