import type { ScreenplayElement } from '../screenplay/screenplay-element.js';
import type { LayoutBlock, SpeechBlock } from './layout-block.js';
import type { FlowKind, PageGeometry } from './page-geometry.js';
import { wholePart, type TextPart } from './text-part.js';

const flowKinds = new Set<string>(['scene-heading', 'action', 'transition', 'centered', 'lyrics']);

function isSpeechPart(kind: string | undefined): kind is 'parenthetical' | 'dialogue' | 'lyrics' {
  return kind === 'parenthetical' || kind === 'dialogue' || kind === 'lyrics';
}

// Blank lines the writer left right above an element (notes and boneyard lines do not count); undefined when
// the element carries no source.
function blankLinesBefore(element: ScreenplayElement): number | undefined {
  if (element.before === undefined) return undefined;
  const lines = element.before.split('\n').slice(1, -1);
  let blank = 0;
  while (blank < lines.length && (lines[lines.length - 1 - blank] as string).trim() === '') blank += 1;
  return blank;
}

// The standard blank lines before a block, or more where the writer left more. Lines of centred text or lyrics
// written one under another, with no blank line between, print that way.
function spaceBefore(standard: number, element: ScreenplayElement, previous: ScreenplayElement | undefined): number {
  const blank = blankLinesBefore(element);
  if (blank === undefined) return standard;
  if (blank === 0 && previous?.kind === element.kind && (element.kind === 'centered' || element.kind === 'lyrics')) return 0;
  return Math.max(standard, blank);
}

function speechAt(elements: readonly ScreenplayElement[], cue: number, space: number): { speech: SpeechBlock; end: number } {
  const parts: TextPart[] = [];
  let index = cue + 1;
  for (; isSpeechPart(elements[index]?.kind); index += 1) {
    const element = elements[index] as ScreenplayElement;
    parts.push(wholePart(element.kind as TextPart['kind'], index, element.text));
  }
  const cueText = (elements[cue] as ScreenplayElement).text;
  return { speech: { type: 'speech', cue, cueText, parts, spaceBefore: space, continued: false, more: false }, end: index };
}

/**
 * The script as blocks to paginate, in order: every printable element, speeches grouped under their cue, the two
 * speeches of dual dialogue paired. Sections and synopses do not print; notes and boneyard are already out of the
 * elements' text.
 */
export function layoutBlocks(elements: readonly ScreenplayElement[], geometry: PageGeometry): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  let index = 0;
  while (index < elements.length) {
    const element = elements[index] as ScreenplayElement;
    if (element.kind === 'character') {
      const space = spaceBefore(geometry.spaceBefore.speech, element, elements[index - 1]);
      const left = speechAt(elements, index, space);
      const next = elements[left.end];
      if (element.dual === 'left' && next?.kind === 'character' && next.dual === 'right') {
        const right = speechAt(elements, left.end, 0);
        blocks.push({ type: 'dual', left: left.speech, right: right.speech, spaceBefore: Math.max(space, geometry.spaceBefore.dual) });
        index = right.end;
      } else {
        blocks.push(left.speech);
        index = left.end;
      }
      continue;
    }
    if (element.kind === 'page-break') blocks.push({ type: 'page-break', spaceBefore: 0 });
    else if (flowKinds.has(element.kind) || isSpeechPart(element.kind)) {
      // A parenthetical or dialogue with no cue above it cannot come from the parser; print it as action if it does.
      const kind = (flowKinds.has(element.kind) ? element.kind : 'action') as FlowKind;
      const space = spaceBefore(geometry.spaceBefore[kind], element, elements[index - 1]);
      const part = wholePart(kind, index, element.text);
      const block = { type: 'flow', kind, part, spaceBefore: space } as const;
      blocks.push(element.sceneNumber === undefined ? block : { ...block, sceneNumber: element.sceneNumber });
    }
    index += 1;
  }
  return blocks;
}
