import { writeElement } from '../screenplay/write-fountain.js';
import type { TitlePage } from '../screenplay/title-page.js';
import type { FdxParagraph } from './fdx-document.js';
import { copyrightLine, creditLine, dateLine, fdxTitleKeys, sourceLine, type FdxTitleKey } from './fdx-title-keys.js';
import { readFdxRuns } from './read-fdx-runs.js';
import { splitSpannedLines } from './shape-fdx-text.js';
import { zeroRange } from './zero-range.js';

interface Block {
  alignment: string;
  lines: string[];
  /** A credit line, which stands alone. */
  credit?: boolean;
}

/**
 * Reads Final Draft's title page, which is free text, into Fountain keys by layout and wording, as a writer lays it
 * out in Final Draft: the centred blocks are the title, then a credit line ending in "by", the author after it, and a
 * source ("Based on ..."); on the right a dated block is the draft date and the rest notes; on the left a copyright
 * line is the copyright and the rest contact. Styled runs keep their emphasis as Fountain markup.
 */
export function readFdxTitlePage(paragraphs: readonly FdxParagraph[]): TitlePage {
  const values = new Map<FdxTitleKey, string[]>();
  const add = (key: FdxTitleKey, lines: readonly string[]): void => {
    values.set(key, [...(values.get(key) ?? []), ...lines]);
  };
  let afterCredit = false;
  for (const { alignment, lines } of blocksOf(paragraphs)) {
    const first = lines[0] ?? '';
    if (alignment === 'center') {
      if (!values.has('Title')) add('Title', lines);
      else if (!values.has('Credit') && creditLine.test(first)) {
        add('Credit', [first]);
        afterCredit = true;
      } else if (!values.has('Author') && (afterCredit || !sourceLine.test(first))) add('Author', lines);
      else if (!values.has('Source')) add('Source', lines);
      else add('Notes', lines);
    } else if (alignment === 'right') {
      add(!values.has('Draft date') && dateLine.test(lines.join(' ')) ? 'Draft date' : 'Notes', lines);
    } else {
      add(copyrightLine.test(first) ? 'Copyright' : 'Contact', lines);
    }
  }
  const entries = fdxTitleKeys.flatMap((key) => {
    const lines = values.get(key);
    return lines === undefined ? [] : [{ key, value: lines.join('\n'), range: zeroRange }];
  });
  return { entries, raw: '' };
}

/**
 * Runs of non-empty lines of one alignment. A credit line stands alone, so "TITLE / Written by / NAME" typed without
 * blank lines still reads as three blocks.
 */
function blocksOf(paragraphs: readonly FdxParagraph[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const paragraph of paragraphs) {
    const alignment = (paragraph.alignment ?? 'left').toLowerCase();
    for (const line of linesOf(paragraph)) {
      if (line.trim() === '') {
        current = undefined;
        continue;
      }
      const credit = alignment === 'center' && creditLine.test(line.trim());
      if (current === undefined || current.alignment !== alignment || credit || current.credit === true) {
        current = { alignment, lines: [], ...(credit ? { credit } : {}) };
        blocks.push(current);
      }
      current.lines.push(line.trim());
    }
  }
  return blocks;
}

/** The paragraph's lines with their emphasis written as Fountain markup. */
function linesOf(paragraph: FdxParagraph): string[] {
  // A dialogue line is written as its text with markup and nothing else: no forcing marker, no indentation.
  return splitSpannedLines(readFdxRuns(paragraph.runs, false)).map(({ text, emphasis }) =>
    text.trim() === '' ? '' : writeElement({ kind: 'dialogue', text, emphasis, range: zeroRange }),
  );
}
