import type { ProjectItemApi, TickTimeApi } from '../premiere-api.js';
import type { TrackApi, TrackItemApi } from '../premiere-api.js';
import { fakeTime, type FakeAction, type FakeEditRules } from './fake-edit-rules.js';
import type { FakeClip } from './fake-items.js';

/** A clip on a fake track: which part of which project item plays where. */
export class FakeTrackItem implements TrackItemApi {
  disabled = false;

  constructor(
    readonly rules: FakeEditRules,
    readonly clip: FakeClip,
    public start: bigint,
    public end: bigint,
    public inPoint: bigint,
  ) {}

  async getName(): Promise<string> {
    return this.clip.name;
  }
  async isDisabled(): Promise<boolean> {
    return this.disabled;
  }
  async getStartTime(): Promise<TickTimeApi> {
    return fakeTime(this.start);
  }
  async getEndTime(): Promise<TickTimeApi> {
    return fakeTime(this.end);
  }
  async getInPoint(): Promise<TickTimeApi> {
    return fakeTime(this.inPoint);
  }
  async getOutPoint(): Promise<TickTimeApi> {
    return fakeTime(this.inPoint + this.end - this.start);
  }
  async getProjectItem(): Promise<ProjectItemApi> {
    return this.clip;
  }
  createSetDisabledAction(disabled: boolean): FakeAction {
    return this.rules.action(`${disabled ? 'disable' : 'enable'} ${this.clip.name} at ${this.start}`, () => (this.disabled = disabled));
  }
}

/** A fake video or audio track. */
export class FakeTrack implements TrackApi {
  readonly items: FakeTrackItem[] = [];
  muted = false;

  constructor(
    readonly rules: FakeEditRules,
    public name: string,
  ) {}

  async isMuted(): Promise<boolean> {
    return this.muted;
  }
  getTrackItems(): FakeTrackItem[] {
    return [...this.items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  }
  createSetNameAction(name: string): FakeAction {
    return this.rules.action(`name track ${this.name} ${name}`, () => (this.name = name));
  }

  /** Clears `[start, end)`: items inside go, items across its edges are trimmed or split. */
  clear(start: bigint, end: bigint): void {
    for (const item of [...this.items]) {
      if (item.end <= start || item.start >= end) continue;
      if (item.start < start && item.end > end) this.items.push(new FakeTrackItem(this.rules, item.clip, end, item.end, item.inPoint + end - item.start));
      if (item.start < start) item.end = start;
      else if (item.end > end) {
        item.inPoint += end - item.start;
        item.start = end;
      } else this.items.splice(this.items.indexOf(item), 1);
    }
  }

  /** Opens `[at, at + length)` by moving everything from `at` on later, splitting an item across `at`. */
  open(at: bigint, length: bigint): void {
    for (const item of [...this.items]) {
      if (item.start < at && item.end > at) {
        this.items.push(new FakeTrackItem(this.rules, item.clip, at + length, item.end + length, item.inPoint + at - item.start));
        item.end = at;
      } else if (item.start >= at) {
        item.start += length;
        item.end += length;
      }
    }
  }

  /** Places the clip's whole range at `at`. */
  place(clip: FakeClip, at: bigint): void {
    this.items.push(new FakeTrackItem(this.rules, clip, at, at + clip.outTicks - clip.inTicks, clip.inTicks));
  }
}
