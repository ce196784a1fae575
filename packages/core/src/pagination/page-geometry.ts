import type { ParagraphStyle } from './paragraph-style.js';

/** The paper sizes the paginator lays out. */
export type PaperName = 'letter' | 'a4';

/** Kinds of paragraph that flow on their own, outside a speech. */
export type FlowKind = 'scene-heading' | 'action' | 'transition' | 'centered' | 'lyrics';

/** The paragraphs of one speech: cue, parentheticals, dialogue, lyrics. */
export interface SpeechStyles {
  readonly character: ParagraphStyle;
  readonly parenthetical: ParagraphStyle;
  readonly dialogue: ParagraphStyle;
  readonly lyrics: ParagraphStyle;
}

/** A page as Final Draft sets it: paper, margins, lines, element indents and the blank lines between elements. */
export interface PageGeometry {
  readonly paper: PaperName;
  readonly widthInches: number;
  readonly heightInches: number;
  readonly topMarginInches: number;
  readonly bottomMarginInches: number;
  /** Courier 12 pt: 6 lines to the inch. */
  readonly linesPerInch: number;
  /** Width of one column when positioning text: 10 characters to the inch. */
  readonly columnInches: number;
  /** Lines between the top and bottom margins. */
  readonly bodyLines: number;
  /** "N." from page 2 on: its top at `topInches`, right-aligned to `rightInches`. */
  readonly pageNumber: { readonly topInches: number; readonly rightInches: number };
  /** A numbered heading prints its number twice: starting at `leftInches` and ending at `rightInches`. */
  readonly sceneNumbers: { readonly leftInches: number; readonly rightInches: number };
  /** Blank lines before a block (Final Draft's `SpaceBefore`: 24 pt = 2 lines); dropped at the top of a page. */
  readonly spaceBefore: { readonly [kind in FlowKind | 'speech' | 'dual']: number };
  readonly flow: { readonly [kind in FlowKind]: ParagraphStyle };
  readonly speech: SpeechStyles;
  /** Dual dialogue: two narrower columns side by side. */
  readonly dual: { readonly left: SpeechStyles; readonly right: SpeechStyles };
}

const style = (left: number, right: number, align: ParagraphStyle['align'] = 'left', firstIndent = 0): ParagraphStyle => ({
  left,
  right,
  firstIndent,
  align,
});

// Final Draft 11's screenplay template (ElementSettings of a Final Draft file; dual columns as JumpCut measured them).
const elementStyles = {
  spaceBefore: { 'scene-heading': 2, action: 1, transition: 1, centered: 1, lyrics: 1, speech: 1, dual: 1 },
  flow: {
    'scene-heading': style(1.5, 7.5),
    action: style(1.5, 7.5),
    transition: style(5.5, 7.1, 'right'),
    centered: style(1.5, 7.5, 'center'),
    lyrics: style(2.5, 7.38),
  },
  speech: {
    character: style(3.5, 7.25),
    parenthetical: style(3.0, 5.5, 'left', -0.1),
    dialogue: style(2.5, 6.0),
    lyrics: style(2.5, 7.38),
  },
  dual: {
    left: { character: style(2.5, 4.875), parenthetical: style(1.75, 4.125, 'left', -0.1), dialogue: style(1.5, 4.375), lyrics: style(1.5, 4.375) },
    right: { character: style(5.875, 7.5), parenthetical: style(4.875, 7.25, 'left', -0.1), dialogue: style(4.625, 7.5), lyrics: style(4.625, 7.5) },
  },
} as const;

const paperSizes: Record<PaperName, { width: number; height: number }> = {
  letter: { width: 8.5, height: 11 },
  // 210 × 297 mm.
  a4: { width: 210 / 25.4, height: 297 / 25.4 },
};

/**
 * The geometry for `paper`. Both sizes keep Final Draft's 1 in top and bottom margins and its indents (the left
 * margin is 1.5 in on both); the body holds every whole line between the margins at 6 lines per inch: 9 in = 54
 * lines on Letter, 9.69 in = 58 lines on A4.
 */
export function pageGeometry(paper: PaperName): PageGeometry {
  const size = paperSizes[paper];
  const topMarginInches = 1;
  const bottomMarginInches = 1;
  const linesPerInch = 6;
  // The small epsilon keeps 9 in × 6 = 53.999… from losing a line to floating point.
  const bodyLines = Math.floor((size.height - topMarginInches - bottomMarginInches) * linesPerInch + 1e-9);
  return {
    paper,
    widthInches: size.width,
    heightInches: size.height,
    topMarginInches,
    bottomMarginInches,
    linesPerInch,
    columnInches: 0.1,
    bodyLines,
    pageNumber: { topInches: 0.5, rightInches: 7.25 },
    sceneNumbers: { leftInches: 0.75, rightInches: 7.375 },
    ...elementStyles,
  };
}
