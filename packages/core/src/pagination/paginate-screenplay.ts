import type { Screenplay } from '../screenplay/screenplay.js';
import { createEmphasisLookup, type EmphasisLookup } from './emphasis-runs.js';
import { layoutBlocks } from './layout-blocks.js';
import { layoutTitlePages } from './layout-title-pages.js';
import { paginateBlocks } from './paginate-blocks.js';
import { pageGeometry, type PaperName } from './page-geometry.js';
import { placeBlock } from './place-block.js';
import type { Page, PaginatedScreenplay } from './printed-page.js';

/** How to paginate: the paper. */
export interface PaginationOptions {
  readonly paper: PaperName;
}

/**
 * Lays a parsed script out in pages as Final Draft does: Courier 12 pt, its margins and element indents, the
 * blank lines between elements, its page-break rules (no scene heading at the foot, no transition at the head,
 * action and dialogue split only at sentence ends with two lines each side, `(MORE)` and `NAME (CONT'D)` across
 * a split speech), forced breaks, dual dialogue side by side, full-width characters two columns wide. Pure: the
 * same script and paper always give the same pages.
 */
export function paginateScreenplay(screenplay: Screenplay, options: PaginationOptions): PaginatedScreenplay {
  const geometry = pageGeometry(options.paper);
  const { elements } = screenplay;
  const lookups = new Map<number, EmphasisLookup>();
  const emphasisOf = (index: number): EmphasisLookup => {
    let lookup = lookups.get(index);
    if (lookup === undefined) {
      lookup = createEmphasisLookup(elements[index]?.emphasis ?? []);
      lookups.set(index, lookup);
    }
    return lookup;
  };
  const pages = paginateBlocks(layoutBlocks(elements, geometry), geometry).map((placed, index): Page => {
    const lines = placed.flatMap((item) => placeBlock(item.block, item.y, geometry, emphasisOf));
    const number = index + 1;
    if (number === 1) return { number, lines };
    const text = `${number}.`;
    return { number, lines, label: { text, x: geometry.pageNumber.rightInches - text.length * geometry.columnInches } };
  });
  return { geometry, titlePages: layoutTitlePages(screenplay.titlePage, geometry), pages };
}
