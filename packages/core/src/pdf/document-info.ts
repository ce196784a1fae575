import { parseEmphasis } from '../screenplay/parse-emphasis.js';
import type { TitlePage } from '../screenplay/title-page.js';
import { pdfTextString } from './pdf-syntax.js';

/** The producer every PDF names. */
export const pdfProducer = 'Reelkit';

function valueOf(titlePage: TitlePage, keys: readonly string[]): string | undefined {
  const entry = titlePage.entries.find((candidate) => keys.includes(candidate.key.toLowerCase()) && candidate.value.trim() !== '');
  if (entry === undefined) return undefined;
  return entry.value
    .split('\n')
    .map((line) => parseEmphasis(line.trim()).text)
    .filter((line) => line !== '')
    .join(' ');
}

/** The document information dictionary: Title and Author from the title page (emphasis markers removed), Producer. */
export function documentInfo(titlePage: TitlePage): string {
  const title = valueOf(titlePage, ['title']);
  const author = valueOf(titlePage, ['author', 'authors']);
  const entries = [
    ...(title === undefined ? [] : [`/Title ${pdfTextString(title)}`]),
    ...(author === undefined ? [] : [`/Author ${pdfTextString(author)}`]),
    `/Producer ${pdfTextString(pdfProducer)}`,
    `/Creator ${pdfTextString(pdfProducer)}`,
  ];
  return `<< ${entries.join(' ')} >>`;
}
