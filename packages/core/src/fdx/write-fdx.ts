import type { Finding } from '../findings/finding.js';
import type { Screenplay } from '../screenplay/screenplay.js';
import { partitionPoint } from '../text/partition-point.js';
import { escapeXmlAttribute, escapeXmlText, hasNonXmlCharacters } from './escape-xml.js';
import { FdxWarnings } from './fdx-warnings.js';
import { planFdxParagraphs, type PlannedItem, type PlannedNote } from './plan-fdx-paragraphs.js';
import { writeFdxParagraph } from './write-fdx-paragraph.js';
import { writeFdxTitlePage } from './write-fdx-title-page.js';

/** A Final Draft file, and what of the script it could not carry. */
export interface FdxWriteResult {
  readonly fdx: string;
  /** Observations with their place in the Fountain text (`ruleId` `fdx.*`, category `format`). */
  readonly warnings: Finding[];
}

/** The `Version` Final Draft 12 writes; Final Draft 10 to 13 open it (13 writes 6, 11 writes 4). */
const fdxVersion = 5;

/**
 * Converts a parsed Fountain script to a Final Draft `.fdx` file: one paragraph per element with styled `<Text>` runs
 * for emphasis, `Number` on numbered scene headings, `<DualDialogue>` blocks, page breaks as `StartsNewPage`, sections
 * and synopses as Final Draft 13's non-printing `Outline n` and `Summary` paragraphs, notes as `<ScriptNotes>`
 * anchored on their element, and the title page. Boneyard is not printed, so it is left out (with a warning).
 */
export function writeFdx(screenplay: Pick<Screenplay, 'titlePage' | 'elements' | 'annotations'>): FdxWriteResult {
  const warnings = new FdxWarnings();
  const { elements } = screenplay;
  const notes = new Map<number, string[]>();
  for (const annotation of screenplay.annotations) {
    if (annotation.kind === 'boneyard') {
      warnings.add({ ruleId: 'fdx.boneyard-dropped', severity: 'info', range: annotation.range, describe: (count) => `${count === 1 ? 'A boneyard passage was' : `${count} boneyard passages were`} left out: boneyard is not part of the script.` });
      continue;
    }
    // A note belongs to the element it sits in or follows; one before every element goes to the first.
    const at = Math.max(0, partitionPoint(elements.length, (index) => (elements[index]?.range.start.offset ?? 0) <= annotation.range.start.offset) - 1);
    const list = notes.get(at) ?? [];
    list.push(annotation.text);
    notes.set(at, list);
  }
  const plan = planFdxParagraphs(elements, notes, warnings);
  const badCharacters = elements.find((element) => hasNonXmlCharacters(element.text));
  if (badCharacters !== undefined) {
    warnings.add({ ruleId: 'fdx.invalid-xml-character', severity: 'warning', range: badCharacters.range, describe: () => 'Control characters XML cannot hold were left out of the text.' });
  }
  const fdx = [
    '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n',
    `<FinalDraft DocumentType="Script" Template="No" Version="${fdxVersion}">\n`,
    '  <Content>\n',
    ...plan.items.map(writeItem),
    '  </Content>\n',
    writeFdxTitlePage(screenplay.titlePage, warnings),
    writeScriptNotes(plan.notes),
    '</FinalDraft>\n',
  ].join('');
  return { fdx, warnings: warnings.findings() };
}

function writeItem(item: PlannedItem): string {
  const [first] = item.paragraphs;
  if (!item.dual && first !== undefined) {
    return writeFdxParagraph({ ...first, ...(first.centered === true ? { alignment: 'Center' } : {}), startsNewPage: item.startsNewPage }, '    ');
  }
  // Final Draft wraps a dual dialogue block in a paragraph of its own, with no type.
  const inner = item.paragraphs.map((paragraph) => writeFdxParagraph(paragraph, '        ')).join('');
  return `    <Paragraph${item.startsNewPage ? ' StartsNewPage="Yes"' : ''}>\n      <DualDialogue>\n${inner}      </DualDialogue>\n    </Paragraph>\n`;
}

function writeScriptNotes(notes: readonly PlannedNote[]): string {
  if (notes.length === 0) return '';
  const written = notes.map((note, index) => {
    const paragraphs = note.text.split('\n').map((line) => `      <Paragraph>\n        <Text>${escapeXmlText(line)}</Text>\n      </Paragraph>\n`);
    return `    <ScriptNote ID="${index + 1}" Range="${escapeXmlAttribute(`${note.start},${note.end}`)}">\n${paragraphs.join('')}    </ScriptNote>\n`;
  });
  return `  <ScriptNotes>\n${written.join('')}  </ScriptNotes>\n`;
}
