import { characterBackgroundPrompt, type CharacterBackground } from '../prompts/character-background-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import { requireText } from './require-text.js';
import { runStructuredTask } from './run-structured-task.js';
import type { TaskContext } from './task-context.js';

/** Who to write a background for, in which story, with what the writer already decided. */
export interface CharacterBackgroundInput {
  readonly name: string;
  /** The logline, premise or synopsis. */
  readonly story: string;
  /** What the writer has decided about the character; kept, never contradicted. */
  readonly notes?: string;
}

/** A structured character background (summary, backstory, want, need, flaw, voice, relationships). */
export async function generateCharacterBackground(context: TaskContext, input: CharacterBackgroundInput): Promise<GuardedResult<CharacterBackground>> {
  const name = requireText('character-background', 'name', input.name);
  return runStructuredTask(context, {
    task: 'character-background',
    template: characterBackgroundPrompt,
    slots: {
      name,
      story: requireText('character-background', 'story', input.story),
      notes: input.notes === undefined || input.notes.trim() === '' ? 'None yet.' : input.notes.trim(),
    },
    settings: { character: name },
  });
}
