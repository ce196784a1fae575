import { beatOutlinePrompt, type BeatOutline } from '../prompts/beat-outline-prompt.js';
import type { CharacterBackground } from '../prompts/character-background-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import { requireText } from './require-text.js';
import { runStructuredTask } from './run-structured-task.js';
import type { TaskContext } from './task-context.js';

/** The logline and characters to outline, and the structure to use. */
export interface BeatOutlineInput {
  readonly logline: string;
  /** Names, or the backgrounds `generateCharacterBackground` wrote (their summaries are sent). */
  readonly characters?: readonly (string | CharacterBackground)[];
  /** `three acts` by default; e.g. `Save the Cat`, `five acts`, `kishōtenketsu`. */
  readonly structure?: string;
}

const describeCharacter = (character: string | CharacterBackground): string =>
  typeof character === 'string' ? `- ${character}` : `- ${character.name}: ${character.summary} Wants ${character.want}; needs ${character.need}.`;

/** A beat outline: acts of beats, each with suggested scenes (Fountain heading and summary). */
export async function generateBeatOutline(context: TaskContext, input: BeatOutlineInput): Promise<GuardedResult<BeatOutline>> {
  const structure = input.structure?.trim() || 'three acts';
  const characters = input.characters ?? [];
  return runStructuredTask(context, {
    task: 'beat-outline',
    template: beatOutlinePrompt,
    slots: {
      logline: requireText('beat-outline', 'logline', input.logline),
      characters: characters.length === 0 ? 'Not decided yet.' : characters.map(describeCharacter).join('\n'),
      structure,
    },
    settings: { structure },
  });
}
