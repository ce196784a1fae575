import type { ElementKind } from '../screenplay/screenplay-element.js';
import type { FdxParagraph } from './fdx-document.js';

/** What a Final Draft paragraph becomes in Fountain: an element, or a note beside the elements. */
export type FdxParagraphReading =
  | { readonly kind: ElementKind; readonly depth?: number; readonly pageBreakBefore?: boolean; readonly known: boolean }
  | { readonly kind: 'note'; readonly known: true };

const byType: Readonly<Record<string, ElementKind>> = {
  'scene heading': 'scene-heading',
  action: 'action',
  general: 'action',
  '': 'action',
  'cast list': 'action',
  // Fountain has no shots; they print like action in capitals (reported, see read-fdx-elements).
  shot: 'action',
  character: 'character',
  parenthetical: 'parenthetical',
  dialogue: 'dialogue',
  lyrics: 'lyrics',
  transition: 'transition',
  'end of act': 'centered',
  // Final Draft 13's non-printing outline: Fountain's sections and synopses are the same idea.
  summary: 'synopsis',
};

/**
 * Maps a paragraph's `Type` (and `Alignment`) to a Fountain element. `Outline 1 (Acts)`, `Outline 2`, ... become
 * sections of that depth; `New Act` a page break and centered text, as Final Draft prints it; centered action or
 * general text becomes Fountain's `>centered<`. An unknown type reads as action with `known: false`.
 */
export function readFdxParagraphKind(paragraph: Pick<FdxParagraph, 'type' | 'alignment'>): FdxParagraphReading {
  const type = paragraph.type.toLowerCase();
  if (type === 'note') return { kind: 'note', known: true };
  if (type === 'new act') return { kind: 'centered', pageBreakBefore: true, known: true };
  const outline = /^outline\s*(\d+)/.exec(type);
  if (outline !== null) return { kind: 'section', depth: Math.max(1, Number(outline[1])), known: true };
  const kind = byType[type];
  if (kind === undefined) return { kind: 'action', known: false };
  const centered = kind === 'action' && paragraph.alignment?.toLowerCase() === 'center' && type !== 'shot';
  return { kind: centered ? 'centered' : kind, known: true };
}
