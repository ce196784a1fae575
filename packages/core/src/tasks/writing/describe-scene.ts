import type { Beat } from '../prompts/beat-outline-prompt.js';
import { sceneDescriptionPrompt } from '../prompts/scene-description-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import { extractFountain } from './extract-fountain.js';
import { promptParameters } from '../prompts/prompt-parameters.js';
import { renderPrompt } from './render-prompt.js';
import { requireText } from './require-text.js';
import type { TaskContext } from './task-context.js';
import { taskRequest } from './task-request.js';

/** The beat a scene dramatises, in its story, with where and who. */
export interface SceneDescriptionInput {
  /** The logline or synopsis. */
  readonly story: string;
  /** The writer's beat text or a beat from `generateBeatOutline`. */
  readonly beat: string | Beat;
  /** A Fountain scene heading; the beat's first suggested scene when absent. */
  readonly heading?: string;
  readonly characters?: readonly string[];
}

/** A prose description of a scene (place, mood, what happens), the step between a beat and its dialogue. */
export async function describeScene(context: TaskContext, input: SceneDescriptionInput): Promise<GuardedResult<string>> {
  const beat = typeof input.beat === 'string' ? input.beat : `${input.beat.name}: ${input.beat.description}`;
  const heading = input.heading ?? (typeof input.beat === 'string' ? undefined : input.beat.scenes[0]?.heading);
  const template = sceneDescriptionPrompt;
  const messages = renderPrompt(template, {
    story: requireText('scene-description', 'story', input.story),
    beat: requireText('scene-description', 'beat', beat),
    heading: heading?.trim() || 'Not decided yet.',
    characters: input.characters === undefined || input.characters.length === 0 ? 'Not decided yet.' : input.characters.join(', '),
  });
  const result = await context.model.generate(
    taskRequest(context, messages, { task: 'scene-description', parameters: promptParameters(template, heading === undefined ? {} : { heading }) }),
  );
  // The same chatter ("Here's the scene:") and fences wrap prose as wrap Fountain.
  return { ...result, output: extractFountain(result.text) };
}
