import type { LayoutBlock, SpeechBlock } from './layout-block.js';
import type { PageGeometry, SpeechStyles } from './page-geometry.js';
import type { ParagraphStyle } from './paragraph-style.js';
import { wrapPart, type TextPart } from './text-part.js';

/** The style of one paragraph of a speech. */
export function speechPartStyle(part: TextPart, styles: SpeechStyles): ParagraphStyle {
  if (part.kind === 'parenthetical') return styles.parenthetical;
  return part.kind === 'lyrics' ? styles.lyrics : styles.dialogue;
}

/** Body lines a speech's cue takes: none when it continues from the page before. */
export function cueLines(speech: SpeechBlock): number {
  return speech.continued ? 0 : 1;
}

/**
 * Lines a speech takes: its cue, then its paragraphs; counting stops past `limit`. `(MORE)` and the cue of a
 * continued speech (`NAME (CONT'D)`) print outside the body, as Final Draft prints them, and are not counted.
 */
export function speechHeight(speech: SpeechBlock, styles: SpeechStyles, limit: number): number {
  let height = cueLines(speech);
  for (const part of speech.parts) {
    if (height > limit) break;
    height += wrapPart(part, speechPartStyle(part, styles), limit - height + 1).length;
  }
  return height;
}

/**
 * Lines `block` takes on a page, not counting the blank lines before it; anything above `limit` may be reported
 * as `limit + 1`, so measuring a long block costs no more than a page of it.
 */
export function blockHeight(block: LayoutBlock, geometry: PageGeometry, limit: number): number {
  switch (block.type) {
    case 'flow':
      return wrapPart(block.part, geometry.flow[block.kind], limit + 1).length;
    case 'speech':
      return speechHeight(block, geometry.speech, limit);
    case 'dual':
      return Math.max(speechHeight(block.left, geometry.dual.left, limit), speechHeight(block.right, geometry.dual.right, limit));
    case 'page-break':
      return 0;
  }
}
