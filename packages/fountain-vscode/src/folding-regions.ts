import type { Screenplay } from '@reelkit/core/screenplay';
import type { OutlineNode } from './outline.js';

/** A foldable span of whole lines (0-based, inclusive); `comment` for notes and boneyard. */
export interface FoldingRegion {
  readonly start: number;
  readonly end: number;
  readonly kind: 'region' | 'comment';
}

const speech = new Set(['dialogue', 'parenthetical', 'lyrics']);

/** Folding for sections, scenes, multi-line notes and boneyard, and dual-dialogue blocks, in start-line order. */
export function buildFoldingRegions(screenplay: Screenplay, outline: readonly OutlineNode[]): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  const visit = (nodes: readonly OutlineNode[]): void => {
    for (const node of nodes) {
      if (node.range.end.line > node.range.start.line) regions.push({ start: node.range.start.line, end: node.range.end.line, kind: 'region' });
      visit(node.children);
    }
  };
  visit(outline);
  for (const annotation of screenplay.annotations) {
    if (annotation.range.end.line > annotation.range.start.line) {
      regions.push({ start: annotation.range.start.line, end: annotation.range.end.line, kind: 'comment' });
    }
  }
  const elements = screenplay.elements;
  for (let index = 0; index < elements.length; index += 1) {
    if (elements[index]?.dual !== 'left') continue;
    let last = index + 1;
    while (last < elements.length && elements[last]?.dual !== 'right' && elements[last]?.kind !== 'character') last += 1;
    if (elements[last]?.dual !== 'right') continue;
    while (speech.has(elements[last + 1]?.kind ?? '')) last += 1;
    const start = elements[index]?.range.start.line ?? 0;
    const end = elements[last]?.range.end.line ?? start;
    if (end > start) regions.push({ start, end, kind: 'region' });
    index = last;
  }
  return regions.sort((a, b) => a.start - b.start || b.end - a.end);
}
