import { speechHeight } from './block-height.js';
import type { BlockSplit, DualBlock, LayoutBlock, SpeechBlock } from './layout-block.js';
import type { PageGeometry, SpeechStyles } from './page-geometry.js';
import { splitFlow, type SplitMode } from './split-flow.js';
import { splitSpeech } from './split-speech.js';

// One column of dual dialogue cut at `available` lines, or kept whole when it fits.
function splitColumn(speech: SpeechBlock, available: number, styles: SpeechStyles): { top: SpeechBlock; height: number; rest?: SpeechBlock } | undefined {
  const height = speechHeight(speech, styles, available);
  if (height <= available) return { top: speech, height };
  return splitSpeech(speech, available, styles, 'line');
}

// Dual dialogue is kept whole by the rules; only one taller than a page is cut, both columns at the same line.
function splitDual(block: DualBlock, available: number, geometry: PageGeometry, mode: SplitMode): BlockSplit | undefined {
  if (mode === 'sentence') return undefined;
  const left = splitColumn(block.left, available, geometry.dual.left);
  const right = splitColumn(block.right, available, geometry.dual.right);
  if (left === undefined || right === undefined) return undefined;
  const top: DualBlock = { ...block, left: left.top, right: right.top };
  const height = Math.max(left.height, right.height);
  if (left.rest !== undefined && right.rest !== undefined) return { top, height, rest: { ...block, left: left.rest, right: right.rest, spaceBefore: 0 } };
  const rest = left.rest ?? right.rest;
  return rest === undefined ? undefined : { top, height, rest };
}

/** Cuts `block` so that at most `available` lines of it end this page, by `mode`; undefined when it cannot be. */
export function splitBlock(block: LayoutBlock, available: number, geometry: PageGeometry, mode: SplitMode): BlockSplit | undefined {
  if (available <= 0) return undefined;
  switch (block.type) {
    case 'flow':
      return splitFlow(block, available, geometry, mode);
    case 'speech':
      return splitSpeech(block, available, geometry.speech, mode);
    case 'dual':
      return splitDual(block, available, geometry, mode);
    case 'page-break':
      return undefined;
  }
}
