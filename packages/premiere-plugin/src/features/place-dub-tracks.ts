import type { Guard } from '@reelkit/core/guard';
import type { PremiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { fileNameOf } from '../paths/file-name-of.js';
import type { FileStore } from '../ports/file-store.js';
import type { PremiereHost } from '../ports/premiere-host.js';
import { recordTimelineEdit } from '../provenance/record-timeline-edit.js';
import { secondsToTicks } from '../time/ticks.js';

/** A dub track imported into the project, to lay under its clip. */
export interface ImportedDub {
  readonly path: string;
  readonly language: string;
  readonly seconds: number;
}

/**
 * Lays the imported dubs on new audio tracks named "Dub <language>" where the clip sits in the active sequence (the
 * dub's 0 s on the clip's media 0 s), with the clip's original audio beneath disabled for A/B — one undo step, the
 * track names a second — recorded in the project ledger as a tool edit. Returns a sentence for the panel: what was
 * placed, or why not (version, clip not in the sequence, a clip trimmed at the sequence's start).
 */
export async function placeDubTracks(context: { readonly host: PremiereHost; readonly files: FileStore; readonly guard: Guard }, mediaPath: string, dubs: readonly ImportedDub[], capabilities: PremiereCapabilities): Promise<string> {
  const { host } = context;
  if (dubs.length === 0) return '';
  if (!capabilities['place-audio'].available) return ` ${capabilities['place-audio'].reason}`;
  const timeline = await host.readTracks().catch(() => undefined);
  const placed = [...(timeline?.video ?? []), ...(timeline?.audio ?? [])].flatMap((track) => track.items).find((item) => item.mediaPath === mediaPath);
  if (placed === undefined) return ` ${fileNameOf(mediaPath)} is not in the active sequence: the dubs are in the bin to place by hand.`;
  const atTicks = placed.startTicks - placed.inTicks;
  if (atTicks < 0n) return ` ${fileNameOf(mediaPath)} starts mid-media at the sequence's start: place the dubs by hand from its first frame.`;
  const tracks = dubs.map((dub) => ({ name: `Dub ${dub.language}`, mediaPath: dub.path, atTicks, durationTicks: secondsToTicks(dub.seconds) }));
  const result = await host.placeAudio({ tracks, originalMediaPath: mediaPath, undoLabel: `Reelkit: dubs of ${fileNameOf(mediaPath)}` });
  await recordTimelineEdit(context.guard, context.files, {
    task: 'audio-placement',
    decidedBy: 'tool',
    fileName: `${fileNameOf(mediaPath).replace(/\.[^.]+$/, '')}.dub-placement.json`,
    decisions: { tracks: tracks.map((track, index) => ({ name: track.name, mediaPath: track.mediaPath, atTicks: track.atTicks.toString(), trackIndex: result.trackIndexes[index] })), originalsDisabled: result.disabledOriginals },
    parameters: { tracks: tracks.length, originalsDisabled: result.disabledOriginals },
    source: fileNameOf(mediaPath),
  });
  const originals = result.disabledOriginals === 1 ? 'its original audio clip is' : `its ${result.disabledOriginals} original audio clips are`;
  return ` Placed on ${dubs.length === 1 ? 'a new track' : `${dubs.length} new tracks`} under the clip; ${originals} disabled for A/B (one undo step).`;
}
