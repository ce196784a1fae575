import type { Finding } from '../../checks/finding.js';
import type { TextModel } from '../../models/text-model.js';
import type { Cost } from '../../models/usage.js';
import type { GuardedPipeline } from '../guarded/guarded-pipeline.js';
import { musicCuePrompt, type MusicBrief } from '../media-prompts/music-cue-prompt.js';
import { promptParameters } from '../writing/prompt-parameters.js';
import { renderPrompt } from '../writing/render-prompt.js';
import { readSceneInput, type SceneInput } from './scene-input.js';
import { sceneDurationSeconds } from './scene-duration-seconds.js';

/** What to score. */
export interface MusicCueRequest {
  readonly pipeline: GuardedPipeline;
  readonly model: TextModel;
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

/** Reads a scene's mood through the guarded pipeline and turns it into a music prompt for a cue of the right length. */
export async function planMusicCue(request: MusicCueRequest): Promise<MusicCuePlan> {
  const scene = readSceneInput(request.scene);
  const durationSeconds = request.durationSeconds ?? sceneDurationSeconds(scene.screenplay);
  const result = await request.pipeline.generateObject(
    {
      task: 'music-cue',
      model: request.model,
      request: { messages: renderPrompt(musicCuePrompt, { scene: scene.fountain, duration: String(durationSeconds) }), ...(request.signal === undefined ? {} : { signal: request.signal }) },
      parameters: promptParameters(musicCuePrompt, { durationSeconds }),
    },
    musicCuePrompt.schema,
  );
  return {
    ...result.output,
    durationSeconds,
    durationSource: request.durationSeconds === undefined ? 'page-length' : 'explicit',
    findings: result.findings,
    ...(result.provenanceId === undefined ? {} : { provenanceId: result.provenanceId }),
    cost: result.cost,
  };
}
