import type { Screenplay } from '../../screenplay/screenplay.js';
import { sceneDescriptionBatchPrompt } from '../media-prompts/scene-description-batch-prompt.js';
import { promptParameters } from '../prompts/prompt-parameters.js';
import { renderPrompt } from '../writing/render-prompt.js';
import { sceneFountain } from '../scene/scene-fountain.js';
import type { GuardedBatchItem } from './submit-guarded-batch.js';

/** One batch item per scene of a script, id'd by scene id, for `submitGuardedBatch` with task `scene-description`. */
export function sceneDescriptionBatchItems(screenplay: Screenplay): GuardedBatchItem[] {
  return screenplay.scenes.map((scene) => {
    const fountain = sceneFountain(screenplay, scene);
    return {
      id: scene.id,
      messages: renderPrompt(sceneDescriptionBatchPrompt, { scene: fountain }),
      references: [{ id: scene.id, name: scene.heading, text: fountain }],
      parameters: promptParameters(sceneDescriptionBatchPrompt, { sceneId: scene.id }),
      maxOutputTokens: 200,
    };
  });
}
