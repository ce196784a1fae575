import { plural } from '../representation/report-html/plural.js';
import type { ScreenplayElement } from '../screenplay/screenplay-element.js';
import type { SourceRange } from '../text/source-range.js';
import { anchorRangedNotes } from './anchor-ranged-notes.js';
import type { FdxDocument, FdxParagraph } from './fdx-document.js';
import { readFdxParagraphKind } from './read-fdx-paragraph-kind.js';
import type { FdxWarnings } from './fdx-warnings.js';
import { readFdxRuns } from './read-fdx-runs.js';
import { shapeFdxText, splitSpannedLines, type SpannedText } from './shape-fdx-text.js';
import { zeroRange } from './zero-range.js';

/** A Fountain element read from FDX, with the notes that follow it in the script. */
export interface FdxElement extends ScreenplayElement {
  readonly notesAfter: string[];
}

/** The script body read from FDX: elements in order, and notes that come before the first one. */
export interface FdxElements {
  readonly elements: FdxElement[];
  readonly leadingNotes: string[];
}

/** An element still growing: consecutive Dialogue paragraphs of one speech become one dialogue, as in Fountain. */
interface Draft {
  element: Omit<FdxElement, 'text'>;
  parts: string[];
  length: number;
  dualBlock: number | undefined;
  /** Empty Dialogue paragraphs met since the last line: blank lines inside the speech if more follows. */
  blankLines: number;
}

const sceneNumberPattern = /^[\p{L}\p{N}.-]+$/u;

/** Turns the document's paragraphs into Fountain elements; what does not map is reported in `warnings`, never thrown. */
export function readFdxElements(document: FdxDocument, warnings: FdxWarnings, place: (start: number, end: number) => SourceRange): FdxElements {
  const rangedNotes = anchorRangedNotes(document);
  // Final Draft stores what the writer typed and prints element types in capitals by its <ElementSettings> (every file
  // it writes has them). A file without them (written by another app) keeps the letters as typed.
  const capitals = document.allCaps ?? new Set<string>();
  const drafts: Draft[] = [];
  const leadingNotes: string[] = [];
  const dualCues = new Map<number, number>();
  const addNotes = (notes: readonly string[]): void => {
    (drafts[drafts.length - 1]?.element.notesAfter ?? leadingNotes).push(...notes);
  };
  const push = (element: Omit<FdxElement, 'text'>, text: string, dualBlock?: number): void => {
    drafts.push({ element, parts: [text], length: text.length, dualBlock, blankLines: 0 });
  };

  document.content.forEach((paragraph, index) => {
    const reading = readFdxParagraphKind(paragraph);
    const where = place(paragraph.start, paragraph.end);
    if (reading.kind === 'note') {
      addNotes([paragraph.runs.map((run) => run.text).join('')]);
    } else {
      if (!reading.known) {
        warnings.add({ ruleId: 'fdx.unknown-paragraph-type', severity: 'warning', evidence: paragraph.type, range: where, describe: (count) => `${plural(count, 'paragraph')} of the unknown type "${paragraph.type}" became action.` });
      } else if (paragraph.type.toLowerCase() === 'shot') {
        warnings.add({ ruleId: 'fdx.shot-as-action', severity: 'info', range: where, describe: (count) => `${plural(count, 'Shot paragraph')} became action in capitals: Fountain has no shots.` });
      }
      if ((paragraph.startsNewPage || reading.pageBreakBefore === true) && drafts[drafts.length - 1]?.element.kind !== 'page-break') {
        push({ kind: 'page-break', emphasis: [], range: zeroRange, notesAfter: [] }, '');
      }
      const runs = readFdxRuns(paragraph.runs, capitals.has(paragraph.type));
      if (runs.simplified) {
        warnings.add({ ruleId: 'fdx.emphasis-simplified', severity: 'info', range: where, describe: (count) => `Bold and italic meet in ${plural(count, 'paragraph')} in a way Fountain cannot mark: the wider of the two was kept.` });
      }
      const shaped = shapeFdxText(reading.kind, runs);
      if (reading.kind === 'dialogue' && appendDialogue(drafts[drafts.length - 1], paragraph, shaped)) {
        // Merged into the speech above.
      } else if (shaped.text.trim() !== '') {
        // Fountain centres one line at a time.
        const lines = reading.kind === 'centered' ? splitSpannedLines(shaped).filter((line) => line.text.trim() !== '') : [shaped];
        for (const line of lines) {
          const element: Omit<FdxElement, 'text'> = {
            kind: reading.kind,
            emphasis: line.emphasis,
            range: zeroRange,
            notesAfter: [],
            ...(reading.depth === undefined ? {} : { depth: reading.depth }),
            ...sceneNumberOf(paragraph, reading.kind, warnings, where),
            ...dualSideOf(paragraph, reading.kind, dualCues, warnings, where),
          };
          push(element, line.text, paragraph.dualBlock);
        }
      }
    }
    addNotes(paragraph.notes);
    addNotes(rangedNotes.get(index) ?? []);
  });
  return { elements: drafts.map(({ element, parts }) => ({ ...element, text: parts.join('') })), leadingNotes };
}

/** Adds a Dialogue paragraph to the speech above it, if there is one; an empty paragraph waits as a blank line. */
function appendDialogue(draft: Draft | undefined, paragraph: FdxParagraph, shaped: SpannedText): boolean {
  if (draft === undefined || draft.element.kind !== 'dialogue' || draft.dualBlock !== paragraph.dualBlock) return shaped.text.trim() === '';
  if (shaped.text.trim() === '') {
    draft.blankLines += 1;
    return true;
  }
  const separator = '\n'.repeat(draft.blankLines + 1);
  const offset = draft.length + separator.length;
  draft.parts.push(separator, shaped.text);
  draft.length = offset + shaped.text.length;
  draft.blankLines = 0;
  for (const span of shaped.emphasis) draft.element.emphasis.push({ ...span, start: span.start + offset, end: span.end + offset });
  return true;
}

function sceneNumberOf(paragraph: FdxParagraph, kind: string, warnings: FdxWarnings, range: SourceRange): { sceneNumber?: string } {
  const number = paragraph.number?.trim() ?? '';
  if (kind !== 'scene-heading' || number === '') return {};
  if (sceneNumberPattern.test(number)) return { sceneNumber: number };
  warnings.add({ ruleId: 'fdx.scene-number-dropped', severity: 'warning', evidence: number, range, describe: () => `The scene number "${number}" was left out: Fountain scene numbers are letters, digits, "." and "-".` });
  return {};
}

/** Fountain marks the second cue of a dual dialogue block with `^`; the parser pairs it with the cue before. */
function dualSideOf(paragraph: FdxParagraph, kind: string, cues: Map<number, number>, warnings: FdxWarnings, range: SourceRange): { dual?: 'left' | 'right' } {
  if (paragraph.dualBlock === undefined || kind !== 'character') return {};
  const seen = cues.get(paragraph.dualBlock) ?? 0;
  cues.set(paragraph.dualBlock, seen + 1);
  if (seen < 2) return { dual: seen === 0 ? 'left' : 'right' };
  warnings.add({ ruleId: 'fdx.extra-dual-cue', severity: 'warning', range, describe: (count) => `${plural(count, 'dual dialogue block')} had more than two speakers: Fountain sets two side by side, so the others follow below.` });
  return {};
}
