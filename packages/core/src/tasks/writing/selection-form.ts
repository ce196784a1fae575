import type { Screenplay } from '../../screenplay/screenplay.js';
import type { ElementKind } from '../../screenplay/screenplay-element.js';

/** What a selection is, which decides what its rewrite must be. */
export interface SelectionForm {
  /** `dialogue`: whole dialogue blocks with cues; `dialogue-lines`: lines under a cue that is not selected; `script`: anything else. */
  readonly kind: 'dialogue' | 'dialogue-lines' | 'script';
  /** Element kinds the selection touches, in document order. */
  readonly kinds: readonly ElementKind[];
  /** Normalised names of the cues inside the selection. */
  readonly speakers: readonly string[];
}

const dialogueKinds: readonly ElementKind[] = ['character', 'dialogue', 'parenthetical', 'lyrics'];

/** The form of the text between `start` and `end`, from the elements it overlaps. */
export function selectionForm(screenplay: Screenplay, start: number, end: number): SelectionForm {
  const touched = screenplay.elements.filter((element) => element.range.start.offset < end && element.range.end.offset > start);
  const kinds = [...new Set(touched.map((element) => element.kind))];
  const speakers = [...new Set(touched.flatMap((element) => (element.kind === 'character' && element.name !== undefined ? [element.name] : [])))];
  const dialogueOnly = kinds.length > 0 && kinds.every((kind) => dialogueKinds.includes(kind));
  return { kind: !dialogueOnly ? 'script' : speakers.length > 0 ? 'dialogue' : 'dialogue-lines', kinds, speakers };
}
