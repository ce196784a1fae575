import type { Screenplay } from '../screenplay/screenplay.js';
import { creditGroupCues } from './credit-group-cues.js';

/** The speaking characters as the report counts them: a line spoken together (`ANN AND BOB`, `BOTH`) is its speakers'. */
export function countSpeakingCharacters(screenplay: Screenplay): number {
  return creditGroupCues(screenplay.characters).length;
}
