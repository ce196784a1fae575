import { escapeXmlAttribute, escapeXmlText } from './escape-xml.js';
import type { FdxRun } from './fdx-document.js';

/** What a written `<Paragraph>` carries; attributes are written in the alphabetical order Final Draft uses. */
export interface FdxParagraphXml {
  readonly alignment?: string;
  readonly number?: string;
  readonly startsNewPage?: boolean;
  readonly type?: string;
  readonly runs: readonly FdxRun[];
}

/** One `<Paragraph>` with its `<Text>` runs, indented by `indent`; a paragraph with no text keeps one empty run. */
export function writeFdxParagraph(paragraph: FdxParagraphXml, indent: string): string {
  const attributes = [
    paragraph.alignment === undefined ? '' : ` Alignment="${escapeXmlAttribute(paragraph.alignment)}"`,
    paragraph.number === undefined ? '' : ` Number="${escapeXmlAttribute(paragraph.number)}"`,
    paragraph.startsNewPage === true ? ' StartsNewPage="Yes"' : '',
    paragraph.type === undefined ? '' : ` Type="${escapeXmlAttribute(paragraph.type)}"`,
  ].join('');
  const runs = paragraph.runs.length === 0 ? [{ text: '', style: '' }] : paragraph.runs;
  const texts = runs.map((run) => `${indent}  <Text${run.style === '' ? '' : ` Style="${escapeXmlAttribute(run.style)}"`}>${escapeXmlText(run.text)}</Text>\n`);
  return `${indent}<Paragraph${attributes}>\n${texts.join('')}${indent}</Paragraph>\n`;
}
