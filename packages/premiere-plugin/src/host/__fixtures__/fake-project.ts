// A fake Premiere project that enforces the real API's editing rules (see fake-edit-rules.ts): a transaction runs
// only inside `lockedAccess`; a compound action accepts actions only while its callback runs; a callback that throws,
// or an action that fails, commits nothing. Each commit is one undo step, recorded for tests.
import type { ActionApi, ClipProjectItemApi, CompoundActionApi, FolderItemApi, ProjectApi, ProjectItemApi, SequenceApi } from '../premiere-api.js';
import { FakeAction, type FakeEditRules, type FakeUndoStep } from './fake-edit-rules.js';
import { FakeBin, FakeClip } from './fake-items.js';
import { FakeSequence } from './fake-sequence.js';

/** The fake project. */
export class FakeProject implements ProjectApi {
  readonly importCalls: { readonly paths: readonly string[]; readonly bin: string }[] = [];
  readonly sequences: FakeSequence[] = [];
  activeSequence: SequenceApi | null = null;
  /** Paths importFiles refuses, to test failures. */
  readonly unreadable = new Set<string>();

  constructor(
    readonly rules: FakeEditRules,
    readonly name: string,
    readonly path: string,
    readonly root: FakeBin,
    private readonly importFile: (path: string) => FakeClip,
  ) {}

  get undoSteps(): FakeUndoStep[] {
    return this.rules.undoSteps;
  }

  lockedAccess(callback: () => void): void {
    this.rules.lockDepth += 1;
    try {
      callback();
    } finally {
      this.rules.lockDepth -= 1;
    }
  }

  executeTransaction(callback: (compoundAction: CompoundActionApi) => void, undoString?: string): boolean {
    if (this.rules.lockDepth === 0) throw new Error('executeTransaction must be called inside project.lockedAccess.');
    const actions: FakeAction[] = [];
    let open = true;
    const compound: CompoundActionApi = {
      addAction(action: ActionApi): boolean {
        if (!open) throw new Error('This compound action belongs to a finished transaction.');
        if (!(action instanceof FakeAction)) throw new TypeError('Not an action.');
        actions.push(action);
        return true;
      },
      get empty() {
        return actions.length === 0;
      },
    };
    try {
      callback(compound);
    } catch {
      return false;
    } finally {
      open = false;
    }
    if (actions.length === 0) return false;
    // All or nothing: the project is snapshotted and restored when an action fails midway.
    const restore = this.snapshot();
    try {
      for (const action of actions) action.apply();
    } catch {
      restore();
      return false;
    }
    this.rules.undoSteps.push({ undoLabel: undoString ?? '', actions: actions.map((action) => action.description) });
    return true;
  }

  async getActiveSequence(): Promise<SequenceApi | null> {
    return this.activeSequence;
  }

  async getRootItem(): Promise<FolderItemApi> {
    return this.root;
  }

  async importFiles(filePaths: string[], _suppressUI?: boolean, targetBin?: ProjectItemApi): Promise<boolean> {
    this.rules.outsideLock('importFiles');
    if (filePaths.some((path) => this.unreadable.has(path))) return false;
    const bin = targetBin instanceof FakeBin ? targetBin : this.root;
    this.importCalls.push({ paths: [...filePaths], bin: bin.name });
    this.rules.premiereSteps.push(`Import ${filePaths.join(', ')}`);
    for (const path of filePaths) bin.addItem(this.importFile(path));
    return true;
  }

  async createSequenceFromMedia(name: string, clipProjectItems: ClipProjectItemApi[] = [], targetBin?: ProjectItemApi): Promise<SequenceApi> {
    this.rules.outsideLock('createSequenceFromMedia');
    const first = this.sequences[0] ?? (this.activeSequence instanceof FakeSequence ? this.activeSequence : undefined);
    const sequence = new FakeSequence(this.rules, name, '0', first?.ticksPerFrame ?? '10584000000', `seq-${this.sequences.length + 1}`);
    let at = 0n;
    for (const item of clipProjectItems) {
      if (!(item instanceof FakeClip)) throw new TypeError('createSequenceFromMedia: not a fake clip.');
      if (item.hasVideo) sequence.videoTracks[0]?.place(item, at);
      sequence.audioTracks[0]?.place(item, at);
      at += item.outTicks - item.inTicks;
    }
    (targetBin instanceof FakeBin ? targetBin : this.root).addItem(sequence.item);
    this.sequences.push(sequence);
    this.rules.premiereSteps.push(`New sequence ${name}`);
    return sequence;
  }

  async openSequence(sequence: SequenceApi): Promise<boolean> {
    this.activeSequence = sequence;
    return true;
  }

  /** Restores bins, tracks and markers to what they are now. */
  private snapshot(): () => void {
    const bins: [FakeBin, (FakeBin | FakeClip)[]][] = [];
    const visit = (bin: FakeBin): void => {
      bins.push([bin, [...bin.items]]);
      for (const item of bin.items) if (item instanceof FakeBin) visit(item);
    };
    visit(this.root);
    const sequences = [...this.sequences, ...(this.activeSequence instanceof FakeSequence ? [this.activeSequence] : [])];
    const saved = sequences.map((sequence) => ({
      sequence,
      markers: [...sequence.markers],
      tracks: [...sequence.videoTracks, ...sequence.audioTracks].map((track) => ({ track, name: track.name, items: track.items.map((item) => ({ item, copy: { ...item } })) })),
      counts: [sequence.videoTracks.length, sequence.audioTracks.length] as const,
    }));
    return () => {
      for (const [bin, items] of bins) {
        bin.items.splice(0, bin.items.length, ...items);
        for (const item of items) item.parent = bin;
      }
      for (const { sequence, markers, tracks, counts } of saved) {
        sequence.markers.splice(0, sequence.markers.length, ...markers);
        sequence.videoTracks.length = counts[0];
        sequence.audioTracks.length = counts[1];
        for (const { track, name, items } of tracks) {
          track.name = name;
          track.items.splice(0, track.items.length, ...items.map(({ item, copy }) => Object.assign(item, copy)));
        }
      }
    };
  }
}
