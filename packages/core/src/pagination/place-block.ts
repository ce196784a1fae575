import { speechPartStyle } from './block-height.js';
import { textColumns } from './character-columns.js';
import type { EmphasisLookup } from './emphasis-runs.js';
import type { LayoutBlock, SpeechBlock } from './layout-block.js';
import type { PageGeometry, SpeechStyles } from './page-geometry.js';
import type { ParagraphStyle } from './paragraph-style.js';
import type { PrintedKind, PrintedLine } from './printed-page.js';
import { wrapPart, type TextPart } from './text-part.js';

/** Emphasis of an element by its index. */
export type EmphasisOf = (element: number) => EmphasisLookup;

const continuedMark = /\(\s*CONT(?:['’]D|INUED|\.)\s*\)/iu;

// Final Draft sets headings, cues and transitions in capitals (its `AllCaps` style), whatever was typed.
const capitalised = new Set<PrintedKind>(['scene-heading', 'transition', 'character']);

/** `text` in capitals, character by character, so offsets into it (emphasis) still hold. */
export function toCapitals(text: string): string {
  let result = '';
  for (const character of text) {
    const upper = character.toUpperCase();
    result += upper.length === character.length ? upper : character;
  }
  return result;
}

/** Where a line of `columns` characters starts in `style`: left-aligned, right-aligned or centred. */
export function lineX(style: ParagraphStyle, lineIndex: number, columns: number, geometry: PageGeometry): number {
  const width = columns * geometry.columnInches;
  if (style.align === 'right') return style.right - width;
  if (style.align === 'center') return (style.left + style.right) / 2 - width / 2;
  return lineIndex === 0 ? style.left + style.firstIndent : style.left;
}

interface PlaceContext {
  readonly geometry: PageGeometry;
  readonly emphasisOf: EmphasisOf;
}

function placePart(part: TextPart, kind: PrintedKind, style: ParagraphStyle, y: number, context: PlaceContext, column?: 'left' | 'right'): PrintedLine[] {
  const emphasis = context.emphasisOf(part.element);
  return wrapPart(part, style).map((line, index) => {
    const sliced = part.text.slice(line.start, line.end);
    const text = capitalised.has(kind) ? toCapitals(sliced) : sliced;
    const placed: PrintedLine = { kind, text, emphasis: emphasis(line.start, line.end), x: lineX(style, index, textColumns(text), context.geometry), y: y + index, element: part.element };
    return column === undefined ? placed : { ...placed, column };
  });
}

function placeSpeech(speech: SpeechBlock, y: number, styles: SpeechStyles, context: PlaceContext, column?: 'left' | 'right'): PrintedLine[] {
  const name = toCapitals(speech.cueText);
  const cueText = speech.continued && !continuedMark.test(name) ? `${name} (CONT'D)` : name;
  // A continued speech starts a page: Final Draft prints its cue on the line above the body.
  const cueY = speech.continued ? y - 1 : y;
  const cue: PrintedLine = { kind: 'character', text: cueText, emphasis: context.emphasisOf(speech.cue)(0, speech.cueText.length), x: styles.character.left, y: cueY, element: speech.cue };
  const lines: PrintedLine[] = [column === undefined ? cue : { ...cue, column }];
  let next = cueY + 1;
  for (const part of speech.parts) {
    const placed = placePart(part, part.kind, speechPartStyle(part, styles), next, context, column);
    lines.push(...placed);
    next += placed.length;
  }
  if (speech.more) {
    const more: PrintedLine = { kind: 'more', text: '(MORE)', emphasis: [], x: styles.character.left, y: next };
    lines.push(column === undefined ? more : { ...more, column });
  }
  return lines;
}

/** The printed lines of `block` with its first line on body line `y`. */
export function placeBlock(block: LayoutBlock, y: number, geometry: PageGeometry, emphasisOf: EmphasisOf): PrintedLine[] {
  const context = { geometry, emphasisOf };
  switch (block.type) {
    case 'flow': {
      const lines = placePart(block.part, block.kind, geometry.flow[block.kind], y, context);
      const first = lines[0];
      if (block.sceneNumber === undefined || first === undefined) return lines;
      const rightX = geometry.sceneNumbers.rightInches - textColumns(block.sceneNumber) * geometry.columnInches;
      lines[0] = { ...first, sceneNumber: { text: block.sceneNumber, leftX: geometry.sceneNumbers.leftInches, rightX } };
      return lines;
    }
    case 'speech':
      return placeSpeech(block, y, geometry.speech, context);
    case 'dual':
      return [...placeSpeech(block.left, y, geometry.dual.left, context, 'left'), ...placeSpeech(block.right, y, geometry.dual.right, context, 'right')];
    case 'page-break':
      return [];
  }
}
