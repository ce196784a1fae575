import type { Finding } from '../../findings/finding.js';
import type { Cost } from '../../models/usage.js';
import type { GuardedTextModel } from '../../guard/guard-text-model.js';
import { musicCuePrompt, type MusicBrief } from '../media-prompts/music-cue-prompt.js';
import { promptParameters } from '../prompts/prompt-parameters.js';
import { renderPrompt } from '../writing/render-prompt.js';
import { readSceneInput, type SceneInput } from '../scene/scene-input.js';
import { sceneDurationSeconds } from '../scene/scene-duration-seconds.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** What to score. */
export interface MusicCueRequest {
  readonly model: GuardedTextModel;
  readonly scene: SceneInput;
  /** The cue's length, e.g. a marker range in the edit; estimated from the scene's page length when absent. */
  readonly durationSeconds?: number;
  readonly signal?: AbortSignal;
}

/** A cue ready to submit, shown to the user first (mood, tempo, instruments, the prompt, the length). */
export interface MusicCuePlan extends MusicBrief {
  readonly durationSeconds: number;
  /** `explicit` when the caller gave a length, `page-length` when it came from the scene's eighths. */
  readonly durationSource: 'explicit' | 'page-length';
  readonly findings: readonly Finding[];
  readonly provenanceId?: string;
  readonly cost: Cost;
}

/** Reads a scene's mood through the guarded model and turns it into a music prompt for a cue of the right length. */
export async function planMusicCue(request: MusicCueRequest): Promise<MusicCuePlan> {
  const scene = readSceneInput(request.scene);
  const durationSeconds = request.durationSeconds ?? sceneDurationSeconds(scene.screenplay);
  const result = await request.model.generateObject({
    messages: renderPrompt(musicCuePrompt, { scene: scene.fountain, duration: String(durationSeconds) }),
    schema: musicCuePrompt.schema,
    ...omitUndefined({ signal: request.signal }),
    record: { task: 'music-cue', parameters: promptParameters(musicCuePrompt, { durationSeconds }) },
  });
  return {
    ...result.output,
    durationSeconds,
    durationSource: request.durationSeconds === undefined ? 'page-length' : 'explicit',
    findings: result.findings,
    ...omitUndefined({ provenanceId: result.provenanceId }),
    cost: result.cost,
  };
}
