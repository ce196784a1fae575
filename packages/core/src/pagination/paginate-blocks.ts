import { blockHeight } from './block-height.js';
import type { LayoutBlock } from './layout-block.js';
import type { PageGeometry } from './page-geometry.js';
import { isSceneHeading, maySplitAfter, settlePageFoot, type PlacedBlock } from './settle-page-foot.js';
import { splitBlock } from './split-block.js';

/**
 * Fills pages with `blocks` in one pass. A block that fits is placed after its blank lines (none at the top of a
 * page); one that does not is split by Final Draft's rules or moved whole to the next page, then the foot of the
 * full page is settled (no heading last, no transition first on the next). Only a block taller than a whole page
 * (or one under nothing but headings) is cut at any line. Each page looks at most one page of text twice, so the
 * work grows with the script, not with the square of it.
 */
export function paginateBlocks(blocks: readonly LayoutBlock[], geometry: PageGeometry): PlacedBlock[][] {
  const pending: LayoutBlock[] = [];
  let nextIndex = 0;
  const take = (): LayoutBlock | undefined => pending.pop() ?? blocks[nextIndex++];
  const peek = (): LayoutBlock | undefined => pending[pending.length - 1] ?? blocks[nextIndex];
  const pages: PlacedBlock[][] = [];
  let page: PlacedBlock[] = [];
  let used = 0;
  for (let block = take(); block !== undefined; block = take()) {
    if (block.type === 'page-break') {
      if (page.length > 0) pages.push(page);
      page = [];
      used = 0;
      continue;
    }
    const gap = page.length === 0 ? 0 : block.spaceBefore;
    const available = geometry.bodyLines - used - gap;
    const height = blockHeight(block, geometry, available);
    if (height <= available) {
      page.push({ block, y: used + gap, height });
      used += gap + height;
      continue;
    }
    const onlyHeadings = page.every((placed) => isSceneHeading(placed.block));
    const split = (maySplitAfter(page[page.length - 1], block, geometry) ? splitBlock(block, available, geometry, 'sentence') : undefined) ?? (onlyHeadings ? splitBlock(block, available, geometry, 'line') : undefined);
    if (split !== undefined) {
      page.push({ block: split.top, y: used + gap, height: split.height });
      pending.push(split.rest);
    } else if (page.length === 0) {
      // Unreachable for blocks the parser makes (a page always takes a line-mode cut); placed whole so we advance.
      page.push({ block, y: 0, height });
    } else {
      pending.push(block);
    }
    const moved = settlePageFoot(page, peek(), geometry);
    for (let index = moved.length - 1; index >= 0; index -= 1) pending.push(moved[index] as LayoutBlock);
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
