import type { EmphasisStyle } from '../screenplay/screenplay-element.js';
import type { PageGeometry } from './page-geometry.js';

/** What a printed line is: the element kind it comes from, `more` for `(MORE)`, `title-page` on a title page. */
export type PrintedKind =
  | 'scene-heading'
  | 'action'
  | 'transition'
  | 'centered'
  | 'lyrics'
  | 'character'
  | 'parenthetical'
  | 'dialogue'
  | 'more'
  | 'title-page';

/** An emphasised run of a printed line: `start`/`end` index the line's `text`. */
export interface PrintedRun {
  readonly style: EmphasisStyle;
  readonly start: number;
  readonly end: number;
}

/** One line of text placed on a page. */
export interface PrintedLine {
  readonly kind: PrintedKind;
  readonly text: string;
  readonly emphasis: readonly PrintedRun[];
  /** Inches from the paper's left edge to the first character, at 10 characters to the inch. */
  readonly x: number;
  /** Body line, 0 at the top margin: the line's top is `topMarginInches + y / linesPerInch` below the paper's top. */
  readonly y: number;
  /** Index in `screenplay.elements` of the element the text comes from; absent for `(MORE)` and title pages. */
  readonly element?: number;
  /** The column of dual dialogue the line is in. */
  readonly column?: 'left' | 'right';
  /** On a numbered scene heading's first line: the number, printed in both margins starting at `leftX` and `rightX`. */
  readonly sceneNumber?: { readonly text: string; readonly leftX: number; readonly rightX: number };
}

/** A page's lines, in reading order. */
export interface PrintedPage {
  readonly lines: readonly PrintedLine[];
}

/** A page of the script proper. */
export interface Page extends PrintedPage {
  /** 1 for the first page after the title page. */
  readonly number: number;
  /** The number printed top right ("2."), starting at `x`; absent on page 1, as in Final Draft. */
  readonly label?: { readonly text: string; readonly x: number };
}

/** A script laid out in pages: the geometry used, the title page(s), the numbered pages. */
export interface PaginatedScreenplay {
  readonly geometry: PageGeometry;
  readonly titlePages: readonly PrintedPage[];
  readonly pages: readonly Page[];
}
