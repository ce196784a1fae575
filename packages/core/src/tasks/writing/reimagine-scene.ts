import { parseFountain } from '../../screenplay/parse-fountain.js';
import { reimagineScenePrompt } from '../prompts/reimagine-scene-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import { describeConstraints } from './describe-constraints.js';
import type { FountainDraft } from './fountain-draft.js';
import { InvalidTaskInputError } from './invalid-task-input-error.js';
import { requireText } from './require-text.js';
import { runFountainTask } from './run-fountain-task.js';
import type { TaskContext } from './task-context.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** A scene and what to re-imagine it for; at least one of genre, era and audience. */
export interface ReimagineSceneInput {
  /** The scene as Fountain, heading included. */
  readonly scene: string;
  readonly genre?: string;
  readonly era?: string;
  readonly audience?: string;
}

/**
 * The scene re-imagined for another genre, era or audience, as a Fountain scene. When the original has a scene
 * heading the answer must too; one without is kept with a `task.invalid-fountain` finding.
 */
export async function reimagineScene(context: TaskContext, input: ReimagineSceneInput): Promise<GuardedResult<FountainDraft>> {
  const scene = requireText('reimagine', 'scene', input.scene);
  const target = describeConstraints({ Genre: input.genre, Era: input.era, Audience: input.audience }, '');
  if (target === '') throw new InvalidTaskInputError('reimagine', 'no genre, era or audience was given.', 'Say what to re-imagine the scene for.');
  const hasHeading = parseFountain(scene).scenes.length > 0;
  return runFountainTask(context, {
    task: 'reimagine',
    template: reimagineScenePrompt,
    slots: { scene, target },
    settings: {
      ...omitUndefined({ genre: input.genre, era: input.era, audience: input.audience }),
    },
    expectation: hasHeading ? { description: 'a Fountain scene', requiredKinds: ['scene-heading'] } : { description: 'Fountain' },
  });
}
