import type { Screenplay } from './screenplay.js';
import type { AnnotationSpan } from './strip-annotations.js';

/** What `update` needs from the previous parse besides the screenplay itself. */
export interface ParseState {
  source: string;
  clean: string;
  cuts: number[];
  spans: AnnotationSpan[];
  literalNoteOpeners: number;
  lineStarts: number[];
  /** Clean offset where the body (after the title page) begins. */
  bodyStart: number;
}

/** Kept beside each screenplay, not on it, so a screenplay deep-equals another parse of the same text. */
export const parseStates = new WeakMap<Screenplay, ParseState>();
