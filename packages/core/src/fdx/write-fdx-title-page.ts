import { parseEmphasis } from '../screenplay/parse-emphasis.js';
import type { TitlePage } from '../screenplay/title-page.js';
import { toFdxTitleKey, type FdxTitleKey } from './fdx-title-keys.js';
import type { FdxWarnings } from './fdx-warnings.js';
import { writeFdxParagraph } from './write-fdx-paragraph.js';
import { writeFdxRuns } from './write-fdx-runs.js';
import { zeroRange } from './zero-range.js';

type Alignment = 'Center' | 'Right' | 'Left';

/** Empty paragraphs before the title and before the bottom blocks, placing them about where Final Draft's do. */
const spacing = 16;

/**
 * The `<TitlePage>` for a Fountain title page, laid out as a Final Draft title page: title, credit, author and source
 * centred; draft date and notes on the right and contact and copyright on the left at the bottom. A key with no place
 * there is written as `Key: value` under the contact, with a warning. Empty when there are no entries.
 */
export function writeFdxTitlePage(titlePage: Pick<TitlePage, 'entries'>, warnings: FdxWarnings): string {
  if (titlePage.entries.length === 0) return '';
  const values = new Map<FdxTitleKey, string[]>();
  const extras: string[] = [];
  for (const entry of titlePage.entries) {
    const key = toFdxTitleKey(entry.key);
    const lines = entry.value.split('\n');
    if (key !== undefined) values.set(key, [...(values.get(key) ?? []), ...lines]);
    else {
      extras.push(`${entry.key}: ${lines[0] ?? ''}`, ...lines.slice(1));
      warnings.add({ ruleId: 'fdx.title-key-as-contact', severity: 'info', evidence: entry.key, range: entry.range, describe: () => `The title page key "${entry.key}" has no place on a Final Draft title page: it was written as text under the contact.` });
    }
  }
  const paragraphs: { alignment: Alignment; line?: string }[] = [];
  const block = (alignment: Alignment, lines: readonly string[] | undefined, gap: number): void => {
    if (lines === undefined || lines.length === 0) return;
    for (let count = 0; count < gap; count += 1) paragraphs.push({ alignment });
    for (const line of lines) paragraphs.push({ alignment, line });
  };
  block('Center', values.get('Title'), spacing);
  block('Center', values.get('Credit'), 1);
  block('Center', values.get('Author'), 1);
  block('Center', values.get('Source'), 1);
  const bottomGap = (): number => (paragraphs.length === 0 ? 0 : paragraphs.some((paragraph) => paragraph.alignment !== 'Center') ? 1 : spacing);
  block('Right', values.get('Draft date'), bottomGap());
  block('Right', values.get('Notes'), bottomGap());
  block('Left', [...(values.get('Contact') ?? []), ...extras], bottomGap());
  block('Left', values.get('Copyright'), bottomGap());
  const written = paragraphs.map(({ alignment, line }) => writeFdxParagraph({ alignment, runs: line === undefined ? [] : runsOf(line) }, '      '));
  return `  <TitlePage>\n    <Content>\n${written.join('')}    </Content>\n  </TitlePage>\n`;
}

/** A title line's Fountain markup (`_**BRICK & STEEL**_`) as styled runs. */
function runsOf(line: string): ReturnType<typeof writeFdxRuns> {
  const { text, runs } = parseEmphasis(line);
  return writeFdxRuns(text, runs.map(({ style, start, end }) => ({ style, start, end, range: zeroRange })));
}
