import type { ScreenplayElement } from '../screenplay/screenplay-element.js';
import type { TitlePage } from '../screenplay/title-page.js';
import { writeFountain } from '../screenplay/write-fountain.js';
import type { FdxElements } from './read-fdx-elements.js';

const speechKinds = new Set(['dialogue', 'parenthetical', 'lyrics']);

/**
 * Writes the elements read from FDX as Fountain with the existing writer, which forces what needs forcing. Notes go
 * inline after the element they belong to (`He waits. [[note]]`), so they stay with it through another round trip.
 */
export function writeFdxFountain(titlePage: TitlePage, { elements, leadingNotes }: FdxElements): string {
  const hasTitle = titlePage.entries.length > 0;
  const withNotes: ScreenplayElement[] = elements.map((element, index) => {
    const previous = elements[index - 1];
    const leading = index === 0 ? leadingNotes.map((note) => `${noteMarkup(note)}\n`).join('') : '';
    if (leading === '' && (previous?.notesAfter.length ?? 0) === 0) return element;
    const separator = previous === undefined && !hasTitle ? '' : speechKinds.has(element.kind) && previous !== undefined ? '\n' : '\n\n';
    return { ...element, before: `${previous === undefined ? '' : inlineNotes(previous)}${separator}${leading}` };
  });
  const last = elements[elements.length - 1];
  const trailing = last === undefined ? leadingNotes.map((note) => `${noteMarkup(note)}\n`).join('') : `${inlineNotes(last)}\n`;
  return writeFountain({ titlePage, elements: withNotes, trailing });
}

function inlineNotes(element: FdxElements['elements'][number]): string {
  // "CUT TO: [[note]]" is no transition to Fountain (a transition ends in TO: with nothing after), so no space there.
  const space = element.kind === 'transition' ? '' : ' ';
  return element.notesAfter.filter((note) => note.trim() !== '').map((note) => `${space}${noteMarkup(note)}`).join('');
}

/** A note as Fountain writes it: no `]]` inside, and no blank line (which would end it), but lines kept. */
function noteMarkup(note: string): string {
  const lines = note.replaceAll('[[', '[ [').replaceAll(']]', '] ]').split('\n');
  return `[[${lines.map((line) => (line.trim() === '' ? '  ' : line)).join('\n')}]]`;
}
