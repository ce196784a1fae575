import type { Finding } from '../../checks/finding.js';
import type { GeneratedMediaSigner } from '../../checks/provenance/media/generated-media-signer.js';
import type { ProvenanceRecorder } from '../../checks/provenance/provenance-recorder.js';
import type { GeneratedFile } from '../../models/generated-file.js';
import type { ImageModel } from '../../models/image-model.js';
import type { Cost } from '../../models/usage.js';
import type { Runtime } from '../../runtime/runtime.js';
import { addCost, noCost } from './add-cost.js';
import { recordMediaEvent } from './record-media-event.js';
import { signMediaFile } from './sign-media-file.js';

/** A frame to draw: the shot number and the prompt as the user accepted it. */
export interface StoryboardFrameRequest {
  readonly number: number;
  readonly imagePrompt: string;
}

/** How to draw the frames. */
export interface RenderStoryboardRequest {
  readonly model: ImageModel;
  readonly shots: readonly StoryboardFrameRequest[];
  readonly runtime: Pick<Runtime, 'now' | 'hasher'>;
  /** `WIDTHxHEIGHT`; defaults to `1536x1024` (landscape, close to 16:9 on most models). */
  readonly size?: string;
  /** Signs each PNG/JPEG with C2PA; without one the files carry no Content Credentials. */
  readonly signer?: GeneratedMediaSigner;
  readonly recorder?: ProvenanceRecorder;
  readonly signal?: AbortSignal;
}

/** One drawn frame. */
export interface StoryboardFrame {
  readonly number: number;
  readonly prompt: string;
  readonly image: GeneratedFile;
  readonly signed: boolean;
  readonly provenanceId?: string;
  /** The prompt the provider actually used, when it rewrote it (shown so the user sees any change). */
  readonly revisedPrompt?: string;
}

/** The frames, what went wrong around them, and the bill. */
export interface StoryboardImages {
  readonly frames: readonly StoryboardFrame[];
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

/**
 * Draws one image per shot, one shot at a time so a cancel stops the spending; signs each with C2PA when a
 * signer is given and records it (`c2pa.created`, trainedAlgorithmicMedia, digest of the delivered bytes).
 */
export async function renderStoryboard(request: RenderStoryboardRequest): Promise<StoryboardImages> {
  const frames: StoryboardFrame[] = [];
  const findings: Finding[] = [];
  let cost = noCost;
  const size = request.size ?? '1536x1024';
  for (const shot of request.shots) {
    const result = await request.model.generate({ prompt: shot.imagePrompt, size, ...(request.signal === undefined ? {} : { signal: request.signal }) });
    cost = addCost(cost, result.cost);
    const createdAt = new Date(request.runtime.now());
    for (const image of result.images) {
      const signed = await signMediaFile(image, result, request.signer, createdAt, `storyboard-shot-${shot.number}`);
      if (signed.finding !== undefined) findings.push(signed.finding);
      const outcome =
        request.recorder === undefined
          ? undefined
          : await recordMediaEvent(request.recorder, request.runtime.hasher, {
              task: 'storyboard',
              metadata: result,
              output: signed.file.bytes,
              parameters: { shot: shot.number, size, signed: signed.signed },
            });
      if (outcome !== undefined && 'finding' in outcome) findings.push(outcome.finding);
      frames.push({
        number: shot.number,
        prompt: shot.imagePrompt,
        image: signed.file,
        signed: signed.signed,
        ...(outcome !== undefined && 'entryId' in outcome ? { provenanceId: outcome.entryId } : {}),
        ...(result.revisedPrompt === undefined ? {} : { revisedPrompt: result.revisedPrompt }),
      });
    }
  }
  return { frames, findings, cost };
}
