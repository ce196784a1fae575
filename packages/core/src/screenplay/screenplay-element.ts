import type { SourceRange } from '../text/source-range.js';

/** What a screenplay element is, in document order. Notes and boneyard are `Annotation`s, not elements. */
export type ElementKind =
  | 'scene-heading'
  | 'action'
  | 'character'
  | 'dialogue'
  | 'parenthetical'
  | 'lyrics'
  | 'transition'
  | 'centered'
  | 'section'
  | 'synopsis'
  | 'page-break';

/** Inline emphasis styles; `***` is bold-italic. */
export type EmphasisStyle = 'italic' | 'bold' | 'bold-italic' | 'underline';

/** An emphasised run: `start`/`end` index the element's `text`; `range` covers the markers in the source. */
export interface InlineSpan {
  style: EmphasisStyle;
  start: number;
  end: number;
  range: SourceRange;
}

/** One screenplay element with its source range and the fields its kind needs. */
export interface ScreenplayElement {
  kind: ElementKind;
  /** Display text: markup markers, notes and boneyard removed, emphasis markers removed, lines joined by `\n`. */
  text: string;
  /** From the first kept character of the first line to the last kept character of the last line. */
  range: SourceRange;
  /** The exact source of `range`; the writer prints it. Omit it on an element you build or change yourself. */
  raw?: string;
  /** Exact source between the previous element (or title page) and this one: blank lines, notes, boneyard. */
  before?: string;
  /** Emphasis runs inside `text`. */
  emphasis: InlineSpan[];
  /** Marked with `.`, `!`, `@`, `>` (transition) or written in a form only the marker makes valid. */
  forced?: boolean;
  /** Scene number from `#1A#` (scene headings). */
  sceneNumber?: string;
  /** Number of `#` (sections). */
  depth?: number;
  /** Character cues: normalised name (upper case, extensions and `^` removed). */
  name?: string;
  /** Character cues: extensions such as `V.O.`, `O.S.`, `CONT'D`, without parentheses. */
  extensions?: string[];
  /** Character cues in dual dialogue: `left` for the first speaker, `right` for the one marked `^`. */
  dual?: 'left' | 'right';
}
