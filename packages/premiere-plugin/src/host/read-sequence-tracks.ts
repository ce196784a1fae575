import type { SequenceTracks, TrackInfo } from '../ports/sequence-tracks.js';
import { parseTicks } from '../time/ticks.js';
import type { PremiereApi, SequenceApi } from './premiere-api.js';
import type { TrackApi } from './premiere-api.js';

/** Reads a track's clips as plain data: times in ticks, each clip's media path where it has one. */
async function readTrack(api: PremiereApi, track: TrackApi, index: number): Promise<TrackInfo> {
  const items = await Promise.all(
    track.getTrackItems(api.Constants.TrackItemType.CLIP, false).map(async (item) => {
      const [name, start, end, inPoint, outPoint, disabled, projectItem] = await Promise.all([
        item.getName(),
        item.getStartTime(),
        item.getEndTime(),
        item.getInPoint(),
        item.getOutPoint(),
        item.isDisabled(),
        item.getProjectItem(),
      ]);
      const mediaPath = projectItem.type === api.ProjectItem.TYPE_CLIP ? await api.ClipProjectItem.cast(projectItem).getMediaFilePath().catch(() => '') : '';
      return {
        name,
        startTicks: parseTicks(start.ticks),
        endTicks: parseTicks(end.ticks),
        inTicks: parseTicks(inPoint.ticks),
        outTicks: parseTicks(outPoint.ticks),
        disabled,
        ...(mediaPath === '' ? {} : { mediaPath }),
      };
    }),
  );
  return { index, name: track.name, muted: await track.isMuted(), items: items.sort((a, b) => (a.startTicks < b.startTicks ? -1 : a.startTicks > b.startTicks ? 1 : 0)) };
}

/** The sequence's video and audio tracks with their clips. */
export async function readSequenceTracks(api: PremiereApi, sequence: SequenceApi): Promise<SequenceTracks> {
  const [videoCount, audioCount] = await Promise.all([sequence.getVideoTrackCount(), sequence.getAudioTrackCount()]);
  const read = (count: number, get: (index: number) => Promise<TrackApi>) => Promise.all(Array.from({ length: count }, async (_, index) => readTrack(api, await get(index), index)));
  return { video: await read(videoCount, (index) => sequence.getVideoTrack(index)), audio: await read(audioCount, (index) => sequence.getAudioTrack(index)) };
}
