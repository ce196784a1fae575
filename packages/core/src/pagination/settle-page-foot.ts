import { blockHeight } from './block-height.js';
import type { LayoutBlock } from './layout-block.js';
import type { PageGeometry } from './page-geometry.js';
import { splitBlock } from './split-block.js';

/** A block on a page: its first line on body line `y`, `height` lines tall. */
export interface PlacedBlock {
  readonly block: LayoutBlock;
  readonly y: number;
  readonly height: number;
}

/** True for a scene heading. */
export function isSceneHeading(block: LayoutBlock | undefined): boolean {
  return block?.type === 'flow' && block.kind === 'scene-heading';
}

// The first block of a scene splits at the foot of a page only when it is five lines or more (two each side and
// one to spare): Final Draft moves the whole scene down rather than leave a heading over a thin fragment (as
// JumpCut measured).
const linesToSplitUnderHeading = 5;

/** Whether `block`, placed after `previous` on a page, may be split at the foot by the rules. */
export function maySplitAfter(previous: PlacedBlock | undefined, block: LayoutBlock, geometry: PageGeometry): boolean {
  if (!isSceneHeading(previous?.block)) return true;
  return blockHeight(block, geometry, linesToSplitUnderHeading - 1) >= linesToSplitUnderHeading;
}

/**
 * Applies the rules for the foot of a full page whose next block is `next`, changing `page` in place and
 * returning what moves to the next page, in order. A transition never opens a page: the block above it goes with
 * it (its last sentences when it splits by the rules, else whole). A scene heading never ends a page: it moves
 * down to the block it introduces. A page always keeps at least one block, so pagination always advances.
 */
export function settlePageFoot(page: PlacedBlock[], next: LayoutBlock | undefined, geometry: PageGeometry): LayoutBlock[] {
  const moved: LayoutBlock[] = [];
  const last = page[page.length - 1];
  if (next?.type === 'flow' && next.kind === 'transition' && last !== undefined) {
    const split = maySplitAfter(page[page.length - 2], last.block, geometry) ? splitBlock(last.block, last.height - 1, geometry, 'sentence') : undefined;
    if (split !== undefined) {
      page[page.length - 1] = { block: split.top, y: last.y, height: split.height };
      moved.push(split.rest);
    } else if (page.length > 1) {
      page.pop();
      moved.push(last.block);
    }
  }
  while (page.length > 1 && isSceneHeading(page[page.length - 1]?.block)) {
    moved.unshift((page.pop() as PlacedBlock).block);
  }
  return moved;
}
