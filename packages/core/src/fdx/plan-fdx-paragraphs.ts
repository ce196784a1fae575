import type { ElementKind, ScreenplayElement } from '../screenplay/screenplay-element.js';
import type { FdxRun } from './fdx-document.js';
import type { FdxWarnings } from './fdx-warnings.js';
import { writeFdxRuns } from './write-fdx-runs.js';

/** One `<Paragraph>` to write. */
export interface PlannedParagraph {
  readonly type: string;
  readonly runs: FdxRun[];
  readonly number?: string;
  readonly centered?: boolean;
}

/** A top-level item of `<Content>`: a paragraph, or a dual dialogue block wrapped in one. */
export interface PlannedItem {
  readonly paragraphs: PlannedParagraph[];
  readonly dual: boolean;
  readonly startsNewPage: boolean;
}

/** A note with the `Range` Final Draft anchors it by: units of the script's text, a break one, a block two. */
export interface PlannedNote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const speech: ReadonlySet<ElementKind> = new Set(['dialogue', 'parenthetical', 'lyrics']);

const types: Record<Exclude<ElementKind, 'page-break' | 'section'>, string> = {
  'scene-heading': 'Scene Heading',
  action: 'Action',
  character: 'Character',
  dialogue: 'Dialogue',
  parenthetical: 'Parenthetical',
  lyrics: 'Lyrics',
  transition: 'Transition',
  centered: 'Action',
  // Final Draft 13's outline elements, which do not print: what Fountain's sections and synopses are.
  synopsis: 'Summary',
};

/**
 * Lays the elements out as Final Draft paragraphs: a page break becomes `StartsNewPage` on the paragraph after it,
 * a dual dialogue pair (left cue and its speech, right cue and its speech) one `<DualDialogue>` block, and each
 * element's notes (by index) a ranged note on its paragraph or block.
 */
export function planFdxParagraphs(elements: readonly ScreenplayElement[], notes: ReadonlyMap<number, string[]>, warnings: FdxWarnings): { items: PlannedItem[]; notes: PlannedNote[] } {
  const items: PlannedItem[] = [];
  const planned: PlannedNote[] = [];
  let units = 0;
  let newPage: ScreenplayElement | undefined;
  let carried: string[] = [];
  let index = 0;
  while (index < elements.length) {
    const element = elements[index] as ScreenplayElement;
    if (element.kind === 'page-break') {
      newPage = element;
      carried.push(...(notes.get(index) ?? []));
      index += 1;
      continue;
    }
    const end = element.kind === 'character' && element.dual === 'left' ? dualEnd(elements, index) : index + 1;
    const paragraphs = elements.slice(index, end).map(toParagraph);
    const dual = end - index > 1;
    const length = dual ? 2 : paragraphs.reduce((sum, paragraph) => sum + paragraph.runs.reduce((total, run) => total + run.text.length, 0), 0);
    for (let at = index; at < end; at += 1) carried.push(...(notes.get(at) ?? []));
    for (const text of carried) planned.push({ text, start: units, end: units + length });
    items.push({ paragraphs, dual, startsNewPage: newPage !== undefined });
    units += length + 1;
    carried = [];
    newPage = undefined;
    index = end;
  }
  // Notes on a page break that ends the script stay on the last paragraph rather than vanish.
  for (const text of carried) planned.push({ text, start: Math.max(0, units - 1), end: Math.max(0, units - 1) });
  if (newPage !== undefined) {
    warnings.add({ ruleId: 'fdx.trailing-page-break', severity: 'info', range: newPage.range, describe: () => 'The page break at the end was left out: Final Draft breaks a page before a paragraph, and none follows.' });
  }
  return { items, notes: planned };
}

/** One past the last element of the dual dialogue pair starting at the left cue `start`. */
function dualEnd(elements: readonly ScreenplayElement[], start: number): number {
  let end = start + 1;
  while (speech.has(elements[end]?.kind ?? 'action')) end += 1;
  if (elements[end]?.kind !== 'character' || elements[end]?.dual !== 'right') return start + 1;
  end += 1;
  while (speech.has(elements[end]?.kind ?? 'action')) end += 1;
  return end;
}

function toParagraph(element: ScreenplayElement): PlannedParagraph {
  const runs = writeFdxRuns(element.text, element.emphasis);
  if (element.kind === 'section') return { type: `Outline ${element.depth ?? 1}`, runs };
  const type = types[element.kind as Exclude<ElementKind, 'page-break' | 'section'>];
  return {
    type,
    runs,
    ...(element.kind === 'scene-heading' && element.sceneNumber !== undefined ? { number: element.sceneNumber } : {}),
    ...(element.kind === 'centered' ? { centered: true } : {}),
  };
}
