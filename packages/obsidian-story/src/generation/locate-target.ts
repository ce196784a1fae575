import type { SuggestionTarget } from './suggestion-target.js';

/** Where a target is in the note now, or why it cannot be found. */
export type TargetLocation = { readonly from: number; readonly to: number } | { readonly conflict: string };

/**
 * Finds the target again in the note's current text: at its old place if the text there is unchanged, else at the one
 * place where its preceding text and original text still stand together. Never guesses between several places.
 */
export function locateTarget(current: string, target: SuggestionTarget): TargetLocation {
  const atOldPlace = current.slice(target.from, target.to) === target.original && current.slice(Math.max(0, target.from - target.prefix.length), target.from) === target.prefix;
  if (atOldPlace) return { from: target.from, to: target.to };
  const needle = target.prefix + target.original;
  if (needle === '') return { conflict: 'The note changed and the place the text was meant for cannot be found.' };
  const first = current.indexOf(needle);
  if (first === -1) return { conflict: target.original === '' ? 'The text around the cursor has changed since the request.' : 'The selected text has changed since the request.' };
  if (current.indexOf(needle, first + 1) !== -1) return { conflict: 'The place the text was meant for now appears more than once.' };
  const from = first + target.prefix.length;
  return { from, to: from + target.original.length };
}
