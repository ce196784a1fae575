import type { MarkerApi, MarkersApi, SequenceApi, TickTimeApi } from '../premiere-api.js';
import { fakeTime, FakeBin } from './fake-items.js';
import { FakeAction } from './fake-project.js';

/** A marker on a fake sequence. */
export interface FakeMarkerState {
  name: string;
  type: string;
  start: string;
  duration: string;
  comments: string;
}

/** A sequence with markers, a playhead and in/out points. */
export class FakeSequence implements SequenceApi {
  readonly markers: FakeMarkerState[] = [];
  readonly guid = { toString: () => 'f00d-5eq' };
  readonly item = new FakeBin('sequence item');
  playerTicks = '0';
  inTicks = '0';

  constructor(
    readonly name: string,
    readonly endTicks: string,
    readonly ticksPerFrame: string,
  ) {}

  async getEndTime(): Promise<TickTimeApi> {
    return fakeTime(this.endTicks);
  }
  async getInPoint(): Promise<TickTimeApi> {
    return fakeTime(this.inTicks);
  }
  async getOutPoint(): Promise<TickTimeApi> {
    return fakeTime(this.endTicks);
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

  /** The sequence's `Markers` object. */
  markersApi(): MarkersApi {
    const state = this.markers;
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
        new FakeAction(`add marker ${name}`, () => {
          state.push({ name, type: markerType, start: startTime.ticks, duration: duration.ticks, comments });
        }),
      createRemoveMarkerAction: (marker) =>
        new FakeAction(`remove marker ${marker.getName()}`, () => {
          const index = state.findIndex((candidate) => candidate === (marker as ReturnType<typeof view>).state);
          if (index >= 0) state.splice(index, 1);
        }),
    };
  }
}
