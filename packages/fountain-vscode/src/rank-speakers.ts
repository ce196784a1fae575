import type { Screenplay, ScreenplayElement } from '@reelkit/core/screenplay';
import { partitionPoint } from '@reelkit/core/text';

/**
 * Character names for a cue at `lineStart`, most likely first: the other speaker of the exchange going on in the
 * current scene (the last speaker before the one who spoke last), then the scene's other speakers by recency, then
 * everyone else by number of lines.
 */
export function rankSpeakers(screenplay: Screenplay, lineStart: number): string[] {
  const elements = screenplay.elements;
  const recent: string[] = [];
  for (let index = lastEndingBefore(elements, lineStart); index >= 0; index -= 1) {
    const element = elements[index] as ScreenplayElement;
    if (element.kind === 'scene-heading') break;
    if (element.kind === 'character' && element.name !== undefined && !recent.includes(element.name)) recent.push(element.name);
  }
  const [last, other, ...earlier] = recent;
  const ranked = other === undefined ? recent : [other, last as string, ...earlier];
  const rest = [...screenplay.characters]
    .filter((character) => !ranked.includes(character.name))
    .sort((a, b) => b.lines - a.lines || a.name.localeCompare(b.name))
    .map((character) => character.name);
  return [...ranked, ...rest];
}

/** Index of the last element that ends before `offset`, or -1 if none does. */
function lastEndingBefore(elements: readonly ScreenplayElement[], offset: number): number {
  return partitionPoint(elements.length, (index) => (elements[index] as ScreenplayElement).range.end.offset < offset) - 1;
}
