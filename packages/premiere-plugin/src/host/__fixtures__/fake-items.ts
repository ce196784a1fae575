import type { ClipProjectItemApi, FolderItemApi, ProjectItemApi, TickTimeApi } from '../premiere-api.js';
import { fakeSecond, fakeTime, type FakeAction, type FakeEditRules } from './fake-edit-rules.js';

/** Item type codes, as `premierepro.ProjectItem.TYPE_*` (values are the fake's own). */
export const fakeItemTypes = { TYPE_CLIP: 1, TYPE_BIN: 2 } as const;

let nextId = 1;
const audioOnly = /\.(wav|mp3|m4a|aac|aif|aiff|flac|ogg)$/i;

/** A clip: its media path and length, XMP, transcripts, and (for a subclip) the range of the media it plays. */
export class FakeClip implements ProjectItemApi, ClipProjectItemApi {
  readonly type = fakeItemTypes.TYPE_CLIP;
  readonly id = `clip-${nextId++}`;
  parent: FakeBin | undefined;
  xmp = '';
  transcript: string | undefined;
  /** Premiere's own transcript (Speech to Text), what `Transcript.exportToJSON` returns. */
  premiereTranscript: string | undefined;

  constructor(
    readonly rules: FakeEditRules,
    readonly name: string,
    readonly mediaPath: string,
    readonly inTicks = 0n,
    readonly outTicks = 60n * fakeSecond,
  ) {}

  /** Whether the media has a picture (audio files do not): an edit targets only the tracks of media it has. */
  get hasVideo(): boolean {
    return !audioOnly.test(this.mediaPath);
  }

  getId(): string {
    return this.id;
  }

  async getMediaFilePath(): Promise<string> {
    return this.mediaPath;
  }

  async getMedia(): Promise<{ readonly duration: TickTimeApi }> {
    return { duration: fakeTime(this.outTicks - this.inTicks) };
  }

  createSubClipAction(name: string, startTime: TickTimeApi, endTime: TickTimeApi, hasHardBoundaries: boolean): FakeAction {
    if (!hasHardBoundaries) throw new Error('The fake models hard subclip boundaries only.');
    return this.rules.action(`create subclip ${name}`, () => {
      const start = BigInt(startTime.ticks);
      const end = BigInt(endTime.ticks);
      if (start < this.inTicks || end > this.outTicks || end <= start) throw new Error(`Subclip ${name} is outside ${this.name}.`);
      this.parent?.addItem(new FakeClip(this.rules, name, this.mediaPath, start, end));
    });
  }
}

/** A bin. */
export class FakeBin implements FolderItemApi {
  readonly type = fakeItemTypes.TYPE_BIN;
  readonly id = `bin-${nextId++}`;
  readonly items: (FakeBin | FakeClip)[] = [];
  parent: FakeBin | undefined;

  constructor(
    readonly rules: FakeEditRules,
    readonly name: string,
  ) {}

  getId(): string {
    return this.id;
  }

  async getItems(): Promise<ProjectItemApi[]> {
    return [...this.items];
  }

  addItem(item: ProjectItemApi): void {
    if (!(item instanceof FakeBin || item instanceof FakeClip)) throw new TypeError('Not a fake item.');
    item.parent?.items.splice(item.parent.items.indexOf(item), 1);
    item.parent = this;
    this.items.push(item);
  }

  createBinAction(name: string, makeUnique: boolean): FakeAction {
    return this.rules.action(`create bin ${name}`, () => {
      const taken = this.items.some((item) => item.name === name);
      this.addItem(new FakeBin(this.rules, taken && makeUnique ? `${name} 2` : name));
    });
  }

  createMoveItemAction(item: ProjectItemApi, newParent: FolderItemApi): FakeAction {
    if (!(newParent instanceof FakeBin)) throw new TypeError('Not a fake bin.');
    return this.rules.action(`move ${item.name} to ${newParent.name}`, () => newParent.addItem(item));
  }
}
