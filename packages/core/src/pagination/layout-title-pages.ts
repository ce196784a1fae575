import { parseEmphasis } from '../screenplay/parse-emphasis.js';
import type { TitlePage, TitlePageEntry } from '../screenplay/title-page.js';
import { textColumns } from './character-columns.js';
import { createEmphasisLookup } from './emphasis-runs.js';
import type { PageGeometry } from './page-geometry.js';
import type { ParagraphStyle } from './paragraph-style.js';
import { lineX } from './place-block.js';
import type { PrintedLine, PrintedPage } from './printed-page.js';
import { wrapPart } from './text-part.js';

// Final Draft's title page as its Big Fish PDF has it: the title on body line 18 (4 in from the top), centred on
// the page, the credit 3 blank lines below, the authors 1 below that, the source 4 below. Contact details and
// notes sit at the foot on the left, draft dates at the foot on the right. Other keys do not print.
const centred: readonly { readonly keys: readonly string[]; readonly blankBefore: number }[] = [
  { keys: ['title'], blankBefore: 0 },
  { keys: ['credit'], blankBefore: 3 },
  { keys: ['author', 'authors'], blankBefore: 1 },
  { keys: ['source'], blankBefore: 4 },
];
const titleLine = 18;
const footLeft = ['contact', 'notes', 'copyright'];
const footRight = ['draft date', 'date', 'revision'];

function valuesOf(entries: readonly TitlePageEntry[], keys: readonly string[]): TitlePageEntry[] {
  return entries.filter((entry) => keys.includes(entry.key.toLowerCase()) && entry.value.trim() !== '');
}

// Each value line with its emphasis markers resolved, wrapped in `style`.
function entryLines(entry: TitlePageEntry, style: ParagraphStyle, geometry: PageGeometry): Omit<PrintedLine, 'y'>[] {
  return entry.value.split('\n').flatMap((source) => {
    const { text, runs } = parseEmphasis(source.trim());
    const emphasis = createEmphasisLookup(runs);
    return wrapPart({ kind: 'centered', element: -1, text, start: 0, end: text.length }, style).map((line, index) => {
      const lineText = text.slice(line.start, line.end);
      return { kind: 'title-page' as const, text: lineText, emphasis: emphasis(line.start, line.end), x: lineX(style, index, textColumns(lineText), geometry) };
    });
  });
}

/**
 * The title page(s): what Fountain's `Title`, `Credit`, `Author`, `Source` keys say, centred, and `Contact`,
 * `Notes`, `Copyright`, `Draft date` at the foot, with their emphasis. Values too long for one page run on to
 * another. None when the script has no title page.
 */
export function layoutTitlePages(titlePage: TitlePage, geometry: PageGeometry): PrintedPage[] {
  const middle = geometry.widthInches / 2;
  const centredStyle: ParagraphStyle = { left: middle - 3, right: middle + 3, firstIndent: 0, align: 'center' };
  const leftStyle: ParagraphStyle = { left: 1.5, right: middle, firstIndent: 0, align: 'left' };
  const rightStyle: ParagraphStyle = { left: middle + 0.5, right: 7.5, firstIndent: 0, align: 'right' };
  const lines: PrintedLine[] = [];
  let y = titleLine;
  for (const group of centred) {
    const values = valuesOf(titlePage.entries, group.keys);
    if (values.length === 0) continue;
    if (lines.length > 0) y += group.blankBefore;
    for (const line of values.flatMap((entry) => entryLines(entry, centredStyle, geometry))) lines.push({ ...line, y: y++ });
  }
  // A blank line (undefined) between two entries of the same corner.
  const foot = (keys: string[], style: ParagraphStyle): (Omit<PrintedLine, 'y'> | undefined)[] =>
    valuesOf(titlePage.entries, keys).flatMap((entry, index) => [...(index > 0 ? [undefined] : []), ...entryLines(entry, style, geometry)]);
  const left = foot(footLeft, leftStyle);
  const right = foot(footRight, rightStyle);
  const footStart = Math.max(y + 1, geometry.bodyLines - Math.max(left.length, right.length));
  for (const corner of [left, right]) {
    corner.forEach((line, index) => {
      if (line !== undefined) lines.push({ ...line, y: footStart + index });
    });
  }
  if (lines.length === 0) return [];
  const pages: PrintedLine[][] = [];
  for (const line of lines) {
    const page = Math.floor(line.y / geometry.bodyLines);
    while (pages.length <= page) pages.push([]);
    (pages[page] as PrintedLine[]).push({ ...line, y: line.y % geometry.bodyLines });
  }
  return pages.map((page) => ({ lines: page.sort((first, second) => first.y - second.y || first.x - second.x) }));
}
