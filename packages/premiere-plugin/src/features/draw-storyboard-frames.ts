import type { Finding } from '@reelkit/core/findings';
import type { Guard } from '@reelkit/core/guard';
import { type Cost, type ImageModel } from '@reelkit/core/models';
import { renderStoryboard, type StoryboardFrameRequest } from '@reelkit/core/tasks/storyboard';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, PremiereHost } from '../ports/premiere-host.js';
import { importGeneratedMedia } from './import-generated-media.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** Frames to draw: the shots of a storyboard plan the editor accepted, or one shot for a background prompt. */
export interface DrawStoryboardFramesRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  /** The panel session's guard, with the signer: each frame is signed (C2PA) and recorded as it is drawn. */
  readonly guard: Guard;
  readonly model: ImageModel;
  readonly shots: readonly StoryboardFrameRequest[];
  /** Names the files and says what they were drawn for, e.g. the scene heading or `background`. */
  readonly subject: string;
  readonly size?: string;
  readonly signal?: AbortSignal;
}

/** What was imported into the storyboard bin. */
export interface DrawnStoryboardFrames {
  readonly imported: readonly ImportedItem[];
  readonly signed: readonly string[];
  /** Prompts the provider rewrote, so the editor sees any change. */
  readonly revisedPrompts: readonly string[];
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

/** The bin storyboard frames and backgrounds go to. */
export const storyboardBinName = 'Reelkit Storyboards';

const extensions: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/**
 * Draws each shot with the core's `renderStoryboard` through the guard (one at a time; each frame C2PA-signed and
 * recorded as drawn), then imports the frames into `Reelkit Storyboards` with XMP naming each frame's ledger entry,
 * in one undo step.
 */
export async function drawStoryboardFrames(request: DrawStoryboardFramesRequest): Promise<DrawnStoryboardFrames> {
  const drawn = await renderStoryboard({
    model: request.guard.image(request.model),
    shots: request.shots,
    ...omitUndefined({ size: request.size, signal: request.signal }),
  });
  const slug = request.subject.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'frame';
  const items = drawn.frames.map((frame, index) => ({
    fileName: `${slug}-${String(frame.number).padStart(2, '0')}${drawn.frames.filter((other) => other.number === frame.number).length > 1 ? `-${index + 1}` : ''}.${extensions[frame.image.mediaType] ?? 'png'}`,
    // Delivered by the guarded model as drawn: the import writes these bytes and adds no second manifest.
    delivered: { file: frame.image, signed: frame.signed, findings: [], ...omitUndefined({ provenanceId: frame.provenanceId }) },
    provider: request.model.provider,
    model: request.model.modelId,
    source: `shot ${frame.number} of ${request.subject}: ${frame.prompt}`,
  }));
  const { imported, signed } = await importGeneratedMedia({ host: request.host, files: request.files, binName: storyboardBinName, items, now: () => new Date(request.guard.runtime.now()) });
  return {
    imported,
    signed,
    revisedPrompts: drawn.frames.flatMap((frame) => (frame.revisedPrompt === undefined ? [] : [frame.revisedPrompt])),
    // The frames' delivery findings are in `drawn.findings` already.
    findings: drawn.findings,
    cost: drawn.cost,
  };
}
