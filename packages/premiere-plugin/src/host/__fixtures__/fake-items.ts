import type { ClipProjectItemApi, FolderItemApi, ProjectItemApi, TickTimeApi } from '../premiere-api.js';
import { FakeAction } from './fake-project.js';

/** Item type codes, as `premierepro.ProjectItem.TYPE_*` (values are the fake's own). */
export const fakeItemTypes = { TYPE_CLIP: 1, TYPE_BIN: 2 } as const;

let nextId = 1;

/** A time the fake hands out. */
export function fakeTime(ticks: string): TickTimeApi {
  return { ticks, seconds: Number(BigInt(ticks)) / 254_016_000_000 };
}

/** A clip: its media path, XMP and attached transcript. */
export class FakeClip implements ProjectItemApi, ClipProjectItemApi {
  readonly type = fakeItemTypes.TYPE_CLIP;
  readonly id = `clip-${nextId++}`;
  xmp = '';
  transcript: string | undefined;

  constructor(
    readonly name: string,
    readonly mediaPath: string,
  ) {}

  getId(): string {
    return this.id;
  }

  async getMediaFilePath(): Promise<string> {
    return this.mediaPath;
  }
}

/** A bin. */
export class FakeBin implements FolderItemApi {
  readonly type = fakeItemTypes.TYPE_BIN;
  readonly id = `bin-${nextId++}`;
  readonly items: (FakeBin | FakeClip)[] = [];

  constructor(readonly name: string) {}

  getId(): string {
    return this.id;
  }

  async getItems(): Promise<ProjectItemApi[]> {
    return [...this.items];
  }

  addItem(item: ProjectItemApi): void {
    if (!(item instanceof FakeBin || item instanceof FakeClip)) throw new TypeError('Not a fake item.');
    this.items.push(item);
  }

  createBinAction(name: string, makeUnique: boolean): FakeAction {
    return new FakeAction(`create bin ${name}`, () => {
      const taken = this.items.some((item) => item.name === name);
      this.items.push(new FakeBin(taken && makeUnique ? `${name} 2` : name));
    });
  }
}
