import type { Finding } from '../../findings/finding.js';
import type { Cost } from '../../models/usage.js';
import type { GuardedTextModel } from '../../guard/guard-text-model.js';
import { storyboardShotListPrompt, type Shot } from '../media-prompts/storyboard-shot-list-prompt.js';
import { promptParameters } from '../prompts/prompt-parameters.js';
import { renderPrompt } from '../writing/render-prompt.js';
import type { StoryboardPerson } from './storyboard-person.js';
import { findUnderspecifiedPeople } from './find-underspecified-people.js';
import { readSceneInput, type SceneInput } from '../scene/scene-input.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** What to storyboard. */
export interface StoryboardRequest {
  readonly model: GuardedTextModel;
  readonly scene: SceneInput;
  /** People who may appear; their descriptions ground the prompts, their attributes feed suggestions. */
  readonly cast?: readonly StoryboardPerson[];
  /** The look of the frames, e.g. "pencil storyboard sketch, black and white". */
  readonly style?: string;
  readonly signal?: AbortSignal;
}

/** A shot with the suggestions its image prompt earned. */
export interface StoryboardShot extends Shot {
  /** Visible suggestions on the image prompt (an under-described person); the prompt itself is as the model wrote it. */
  readonly findings: readonly Finding[];
}

/** A shot list ready for review before any image is paid for. */
export interface StoryboardPlan {
  readonly shots: readonly StoryboardShot[];
  /** The guard's findings on the shot list, then every shot's suggestions. */
  readonly findings: readonly Finding[];
  readonly provenanceId?: string;
  readonly cost: Cost;
}

const defaultStyle = 'rough pencil storyboard sketch, black and white, 16:9';

/**
 * Breaks a scene into a shot list with an image prompt per shot, through the guarded model. Each prompt that
 * mentions a person without age, build or appearance gets a suggestion the user sees; nothing is rewritten.
 */
export async function planStoryboard(request: StoryboardRequest): Promise<StoryboardPlan> {
  const scene = readSceneInput(request.scene);
  const cast = request.cast ?? [];
  const style = request.style ?? defaultStyle;
  const described = cast.filter((member) => (member.description ?? '') !== '');
  const messages = renderPrompt(storyboardShotListPrompt, {
    scene: scene.fountain,
    cast: described.length === 0 ? '(none given)' : described.map((member) => `${member.name}: ${member.description ?? ''}`).join('\n'),
    style,
  });
  const result = await request.model.generateObject({
    messages,
    schema: storyboardShotListPrompt.schema,
    ...omitUndefined({ signal: request.signal }),
    record: {
      task: 'storyboard',
      references: [{ id: 'scene', name: scene.heading || 'the scene', text: scene.fountain }],
      parameters: promptParameters(storyboardShotListPrompt, { style }),
    },
  });
  const shots = result.output.shots.map((shot) => ({ ...shot, findings: findUnderspecifiedPeople(shot.imagePrompt, cast) }));
  return {
    shots,
    findings: [...result.findings, ...shots.flatMap((shot) => shot.findings)],
    ...omitUndefined({ provenanceId: result.provenanceId }),
    cost: result.cost,
  };
}
