import type { ParagraphStyle } from './paragraph-style.js';
import { lineColumns } from './paragraph-style.js';
import { wrapLine, type WrappedLine } from './wrap-line.js';

/** What a paragraph prints as. */
export type PartKind = 'scene-heading' | 'action' | 'transition' | 'centered' | 'lyrics' | 'parenthetical' | 'dialogue';

/** A paragraph, or the piece of one left after a page break: `text` of element `element` from `start` to `end`. */
export interface TextPart {
  readonly kind: PartKind;
  readonly element: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A whole element's text as a part. */
export function wholePart(kind: PartKind, element: number, text: string): TextPart {
  return { kind, element, text, start: 0, end: text.length };
}

/**
 * The lines of `part` wrapped in `style`, stopping after `maxLines` (so a caller that only needs to know whether a
 * paragraph fits never wraps more of it than a page holds). An empty part is one empty line.
 */
export function wrapPart(part: TextPart, style: ParagraphStyle, maxLines = Number.POSITIVE_INFINITY): WrappedLine[] {
  const lines: WrappedLine[] = [];
  let from = part.start;
  do {
    const line = wrapLine(part.text, from, part.end, lineColumns(style, lines.length));
    lines.push(line);
    from = line.next;
  } while (from < part.end && lines.length < maxLines);
  return lines;
}

/** True when `lines` reach the end of `part`. */
export function coversPart(part: TextPart, lines: readonly WrappedLine[]): boolean {
  const last = lines[lines.length - 1];
  return last === undefined || last.next >= part.end;
}
