import { isSpeechPart } from './build-elements.js';
import type { ElementList } from './element-list.js';

/**
 * Dual-dialogue links after a splice of fresh elements at `[first, first + count)`: marks fresh cues
 * answered by a `^` cue, and checks that no shared element outside the splice needs its `dual` changed
 * (those belong to the previous screenplay too). Returns false when one would, so the caller parses in full.
 */
export function linkDualRegion(list: ElementList, first: number, count: number): boolean {
  const kindAt = (index: number): string | undefined => list.peek(index)?.element.kind;
  const candidates: number[] = [];
  for (let index = first; index < first + count; index += 1) if (list.peek(index)?.element.dual === 'right') candidates.push(index);
  let after = first + count;
  while (after < list.length && isSpeechPart(kindAt(after))) after += 1;
  if (list.peek(after)?.element.dual === 'right') candidates.push(after);
  for (const cue of candidates) {
    let back = cue - 1;
    while (back >= 0 && isSpeechPart(kindAt(back))) back -= 1;
    const partner = list.peek(back)?.element;
    if (!partner || partner.kind !== 'character' || partner.dual !== undefined || back === cue - 1) continue;
    if (back < first || back >= first + count) return false;
    partner.dual = 'left';
  }
  // The cue before the splice may have lost (or gained) the `^` cue that answered it.
  let before = first - 1;
  while (before >= 0 && isSpeechPart(kindAt(before))) before -= 1;
  const cue = list.peek(before)?.element;
  if (!cue || cue.kind !== 'character' || cue.dual === 'right') return true;
  let next = before + 1;
  while (next < list.length && isSpeechPart(kindAt(next))) next += 1;
  const answered = next > before + 1 && list.peek(next)?.element.dual === 'right';
  return (cue.dual === 'left') === answered;
}
