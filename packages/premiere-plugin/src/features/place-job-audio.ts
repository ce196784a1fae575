import type { Guard } from '@reelkit/core/guard';
import { readAudioDuration } from '@reelkit/core/tasks/dubbing';
import type { PremiereCapabilities } from '../capabilities/premiere-capabilities.js';
import type { StoredJob } from '../jobs/job-store.js';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, PremiereHost } from '../ports/premiere-host.js';
import { recordTimelineEdit } from '../provenance/record-timeline-edit.js';
import { secondsToTicks } from '../time/ticks.js';
import { mediaTypeForPath } from './media-type-for-path.js';

/**
 * Lays a finished job's imported audio (a music cue) on a new audio track named as the job asked, at its marker's
 * time on the active sequence, as one undo step (the name a second), recorded in the project ledger as a tool edit.
 * Returns a sentence for the panel: where it went, or why it stayed in its bin ('' for a job that asked for no place).
 */
export async function placeJobAudio(context: { readonly host: PremiereHost; readonly files: FileStore; readonly guard: Guard }, job: StoredJob, imported: readonly ImportedItem[], capabilities: PremiereCapabilities): Promise<string> {
  const { host, files } = context;
  const [item] = imported;
  if (job.placeAt === undefined || item === undefined) return '';
  if (!capabilities['place-audio'].available) return ` ${capabilities['place-audio'].reason}`;
  const seconds = readAudioDuration(await files.readBytes(item.path), mediaTypeForPath(item.path));
  if (seconds === undefined) return ` Its length could not be read, so it stays in its bin to place by hand.`;
  const atTicks = BigInt(job.placeAt.atTicks);
  const placed = await host.placeAudio({ tracks: [{ name: job.placeAt.trackName, mediaPath: item.path, atTicks, durationTicks: secondsToTicks(seconds) }], undoLabel: `Reelkit: place ${job.label}` });
  await recordTimelineEdit(context.guard, files, {
    task: 'audio-placement',
    decidedBy: 'tool',
    fileName: `${item.name.replace(/\.[^.]+$/, '')}.placement.json`,
    decisions: { tracks: [{ name: job.placeAt.trackName, mediaPath: item.path, atTicks: job.placeAt.atTicks, trackIndex: placed.trackIndexes[0] }] },
    parameters: { job: job.handle.id },
    source: item.name,
  });
  return ` Placed on a new track "${job.placeAt.trackName}" at its marker.`;
}
