import type { MarkerApi, MarkersApi, ProjectItemApi, SequenceApi, TickTimeApi } from '../premiere-api.js';
import type { SequenceEditorApi } from '../premiere-api.js';
import { fakeTime, type FakeAction, type FakeEditRules } from './fake-edit-rules.js';
import { FakeBin, FakeClip } from './fake-items.js';
import { FakeTrack } from './fake-timeline.js';

/** A marker on a fake sequence. */
export interface FakeMarkerState {
  name: string;
  type: string;
  start: string;
  duration: string;
  comments: string;
}

const asClip = (item: ProjectItemApi): FakeClip => {
  if (!(item instanceof FakeClip)) throw new TypeError('SequenceEditor: not a fake clip.');
  return item;
};

/** A sequence with markers, tracks of clips, a playhead and in/out points. */
export class FakeSequence implements SequenceApi {
  readonly markers: FakeMarkerState[] = [];
  readonly guid: { toString(): string };
  readonly item: FakeBin;
  readonly videoTracks: FakeTrack[];
  readonly audioTracks: FakeTrack[];
  playerTicks = '0';
  inTicks = '0';
  outTicks: string | undefined;

  constructor(
    readonly rules: FakeEditRules,
    readonly name: string,
    /** The end of the media laid in before the test (the fake's 60 s "Cut 3"); the clips' end counts too. */
    readonly endTicks: string,
    readonly ticksPerFrame: string,
    id = 'f00d-5eq',
  ) {
    this.guid = { toString: () => id };
    this.item = new FakeBin(rules, `${name} (sequence item)`);
    this.videoTracks = [1, 2, 3].map((n) => new FakeTrack(rules, `Video ${n}`));
    this.audioTracks = [1, 2, 3].map((n) => new FakeTrack(rules, `Audio ${n}`));
  }

  async getEndTime(): Promise<TickTimeApi> {
    const clipsEnd = [...this.videoTracks, ...this.audioTracks].flatMap((track) => track.items).reduce((end, item) => (item.end > end ? item.end : end), 0n);
    return fakeTime(clipsEnd > BigInt(this.endTicks) ? clipsEnd : BigInt(this.endTicks));
  }
  async getInPoint(): Promise<TickTimeApi> {
    return fakeTime(this.inTicks);
  }
  async getOutPoint(): Promise<TickTimeApi> {
    return this.outTicks === undefined ? this.getEndTime() : fakeTime(this.outTicks);
  }
  async getPlayerPosition(): Promise<TickTimeApi> {
    return fakeTime(this.playerTicks);
  }
  async getTimebase(): Promise<string> {
    return this.ticksPerFrame;
  }
  async getProjectItem(): Promise<FakeBin> {
    return this.item;
  }
  async getVideoTrackCount(): Promise<number> {
    return this.videoTracks.length;
  }
  async getAudioTrackCount(): Promise<number> {
    return this.audioTracks.length;
  }
  async getVideoTrack(index: number): Promise<FakeTrack> {
    return this.track(this.videoTracks, index);
  }
  async getAudioTrack(index: number): Promise<FakeTrack> {
    return this.track(this.audioTracks, index);
  }

  private track(tracks: FakeTrack[], index: number): FakeTrack {
    const track = tracks[index];
    if (track === undefined) throw new Error(`An invalid track index (${index}) was passed to the sequence.`);
    return track;
  }

  /** `SequenceEditor.getEditor(sequence)`: overwrite and insert, as actions; an audio file targets audio tracks only. */
  editor(): SequenceEditorApi {
    const targets = (clip: FakeClip, video: number, audio: number, creating: boolean): FakeTrack[] => {
      if (creating && audio === this.audioTracks.length) this.audioTracks.push(new FakeTrack(this.rules, `Audio ${audio + 1}`));
      return [...(clip.hasVideo ? [this.track(this.videoTracks, video)] : []), this.track(this.audioTracks, audio)];
    };
    return {
      createOverwriteItemAction: (item, time, video, audio): FakeAction =>
        this.rules.action(`overwrite ${item.name} at ${time.ticks}`, () => {
          const clip = asClip(item);
          const at = BigInt(time.ticks);
          for (const track of targets(clip, video, audio, false)) {
            track.clear(at, at + clip.outTicks - clip.inTicks);
            track.place(clip, at);
          }
        }),
      createInsertProjectItemAction: (item, time, video, audio, limitShift): FakeAction =>
        this.rules.action(`insert ${item.name} at ${time.ticks} on A${audio + 1}`, () => {
          if (!limitShift) throw new Error('The fake models inserts that shift the targeted tracks only (limitShift).');
          const clip = asClip(item);
          const at = BigInt(time.ticks);
          for (const track of targets(clip, video, audio, true)) {
            track.open(at, clip.outTicks - clip.inTicks);
            track.place(clip, at);
          }
        }),
    };
  }

  /** The sequence's `Markers` object. */
  markersApi(): MarkersApi {
    const state = this.markers;
    const rules = this.rules;
    const view = (marker: FakeMarkerState): MarkerApi & { state: FakeMarkerState } => ({
      state: marker,
      getName: () => marker.name,
      getComments: () => marker.comments,
      getType: () => marker.type,
      getColorIndex: () => 0,
      getStart: () => fakeTime(marker.start),
      getDuration: () => fakeTime(marker.duration),
    });
    return {
      getMarkers: (filters?: string[]) => state.filter((marker) => filters === undefined || filters.includes(marker.type)).map(view),
      createAddMarkerAction: (name, markerType = 'Comment', startTime = fakeTime('0'), duration = fakeTime('0'), comments = '') =>
        rules.action(`add marker ${name}`, () => {
          state.push({ name, type: markerType, start: startTime.ticks, duration: duration.ticks, comments });
        }),
      createRemoveMarkerAction: (marker) =>
        rules.action(`remove marker ${marker.getName()}`, () => {
          const index = state.findIndex((candidate) => candidate === (marker as ReturnType<typeof view>).state);
          if (index >= 0) state.splice(index, 1);
        }),
    };
  }
}
