import type { ElementList } from './element-list.js';
import type { Screenplay } from './screenplay.js';
import type { AnnotationSpan } from './strip-annotations.js';
import type { TextBuffer } from './text-buffer.js';

/** What `updateScreenplay` needs from the previous parse besides the screenplay itself. Never mutated. */
export interface ParseState {
  source: TextBuffer;
  /** The same buffer as `source` when nothing was cut (no notes, boneyard or BOM). */
  clean: TextBuffer;
  cuts: readonly number[];
  spans: readonly AnnotationSpan[];
  literalNoteOpeners: number;
  /** The source ends lines with CR alone (old Mac files), read as line breaks: edits re-parse in full. */
  loneCarriageReturns: boolean;
  /** Clean offset where the body (after the title page) begins. */
  bodyStart: number;
  elements: ElementList;
}

/** Kept beside each screenplay, not on it, so a screenplay deep-equals another parse of the same text. */
export const parseStates = new WeakMap<Screenplay, ParseState>();
