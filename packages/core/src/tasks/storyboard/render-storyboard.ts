import type { Finding } from '../../findings/finding.js';
import type { GuardedImageModel } from '../../guard/guard-media-models.js';
import type { GeneratedFile } from '../../models/generated-file.js';
import type { Cost } from '../../models/usage.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';
import { addCost, noCost } from '../../models/add-cost.js';

/** A frame to draw: the shot number and the prompt as the user accepted it. */
export interface StoryboardFrameRequest {
  readonly number: number;
  readonly imagePrompt: string;
}

/** How to draw the frames. */
export interface RenderStoryboardRequest {
  /** Guarded: each frame is signed with C2PA (when the guard has a signer) and recorded. */
  readonly model: GuardedImageModel;
  readonly shots: readonly StoryboardFrameRequest[];
  /** `WIDTHxHEIGHT`; defaults to `1536x1024` (landscape, close to 16:9 on most models). */
  readonly size?: string;
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
 * Draws one image per shot, one shot at a time so a cancel stops the spending; the guarded model signs each with C2PA
 * and records it (`c2pa.created`, trainedAlgorithmicMedia, digest of the delivered bytes).
 */
export async function renderStoryboard(request: RenderStoryboardRequest): Promise<StoryboardImages> {
  const frames: StoryboardFrame[] = [];
  const findings: Finding[] = [];
  let cost = noCost;
  const size = request.size ?? '1536x1024';
  for (const shot of request.shots) {
    const result = await request.model.generate({
      prompt: shot.imagePrompt,
      size,
      ...omitUndefined({ signal: request.signal }),
      record: { task: 'storyboard', title: `storyboard-shot-${shot.number}`, parameters: { shot: shot.number, size } },
    });
    cost = addCost(cost, result.cost);
    for (const delivered of result.images) {
      findings.push(...delivered.findings);
      frames.push({
        number: shot.number,
        prompt: shot.imagePrompt,
        image: delivered.file,
        signed: delivered.signed,
        ...omitUndefined({ provenanceId: delivered.provenanceId, revisedPrompt: result.revisedPrompt }),
      });
    }
  }
  return { frames, findings, cost };
}
