import type { AudioPlacement, PlacedAudio } from '../ports/audio-placement.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { parseTicks } from '../time/ticks.js';
import { findClipsByPath } from './find-project-items.js';
import type { PremiereApi, ProjectApi, ProjectItemApi, SequenceApi } from './premiere-api.js';
import type { TrackItemApi } from './premiere-api.js';
import { runTransaction } from './run-transaction.js';

/**
 * Lays each imported audio file on a new audio track of the sequence — inserted at the track count, which makes the
 * track — and disables the original's audio clips beneath it, in one undo step. The new tracks are then named in a
 * second step: a track an action creates exists only after its transaction, so only a later one can rename it.
 */
export async function placeAudio(api: PremiereApi, project: ProjectApi, sequence: SequenceApi, placement: AudioPlacement): Promise<PlacedAudio> {
  const time = (ticks: bigint) => api.TickTime.createWithTicks(ticks.toString());
  const paths = placement.tracks.map((track) => track.mediaPath);
  const found = new Map((await findClipsByPath(api, await project.getRootItem(), paths, true)).map((clip) => [clip.path, clip.item]));
  const items = paths.flatMap((path) => {
    const item = found.get(path);
    return item === undefined ? [] : [item];
  });
  if (items.length < paths.length) throw new PremiereHostError(`No clip in the project uses ${paths.filter((path) => !found.has(path)).join(', ')}.`, 'Import it first.');
  const count = await sequence.getAudioTrackCount();
  const originals: TrackItemApi[] = [];
  if (placement.originalMediaPath !== undefined) {
    for (let index = 0; index < count; index += 1) {
      for (const item of (await sequence.getAudioTrack(index)).getTrackItems(api.Constants.TrackItemType.CLIP, false)) {
        const [start, end, disabled, projectItem] = await Promise.all([item.getStartTime(), item.getEndTime(), item.isDisabled(), item.getProjectItem()]);
        const mediaPath = projectItem.type === api.ProjectItem.TYPE_CLIP ? await api.ClipProjectItem.cast(projectItem).getMediaFilePath().catch(() => '') : '';
        const under = placement.tracks.some((track) => parseTicks(start.ticks) < track.atTicks + track.durationTicks && parseTicks(end.ticks) > track.atTicks);
        if (under && !disabled && mediaPath === placement.originalMediaPath) originals.push(item);
      }
    }
  }
  const editor = api.SequenceEditor.getEditor(sequence);
  const trackIndexes = placement.tracks.map((_, offset) => count + offset);
  runTransaction(project, placement.undoLabel, () => [
    ...items.map((item: ProjectItemApi, offset) => editor.createInsertProjectItemAction(item, time(placement.tracks[offset]?.atTicks ?? 0n), 0, count + offset, true)),
    ...originals.map((item) => item.createSetDisabledAction(true)),
  ]);
  const tracks = await Promise.all(trackIndexes.map((index) => sequence.getAudioTrack(index)));
  const nameable = tracks.every((track) => typeof track.createSetNameAction === 'function');
  if (nameable) runTransaction(project, `${placement.undoLabel}: track names`, () => tracks.map((track, offset) => track.createSetNameAction(placement.tracks[offset]?.name ?? track.name)));
  return { trackIndexes, disabledOriginals: originals.length, named: nameable };
}
