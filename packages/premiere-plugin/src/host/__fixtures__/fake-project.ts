// A fake Premiere project that enforces the real API's editing rules: actions change nothing until a transaction
// commits them; a transaction runs only inside `lockedAccess`; a compound action accepts actions only while its
// callback runs; a callback that throws commits nothing. Each commit is one undo step, recorded for tests.
import type { ActionApi, CompoundActionApi, FolderItemApi, ProjectApi, ProjectItemApi, SequenceApi } from '../premiere-api.js';

/** An action the fake built: it applies its change only when a transaction commits it. */
export class FakeAction {
  constructor(
    readonly description: string,
    readonly apply: () => void,
  ) {}
}

/** One committed transaction: one undo step in Premiere. */
export interface FakeUndoStep {
  readonly undoLabel: string;
  readonly actions: readonly string[];
}

/** The fake project. */
export class FakeProject implements ProjectApi {
  readonly undoSteps: FakeUndoStep[] = [];
  readonly importCalls: { readonly paths: readonly string[]; readonly bin: string }[] = [];
  activeSequence: SequenceApi | null = null;
  private lockDepth = 0;
  /** Paths importFiles refuses, to test failures. */
  readonly unreadable = new Set<string>();

  constructor(
    readonly name: string,
    readonly path: string,
    readonly root: FolderItemApi & { addItem(item: ProjectItemApi): void },
    private readonly importFile: (path: string) => ProjectItemApi,
  ) {}

  lockedAccess(callback: () => void): void {
    this.lockDepth += 1;
    try {
      callback();
    } finally {
      this.lockDepth -= 1;
    }
  }

  executeTransaction(callback: (compoundAction: CompoundActionApi) => void, undoString?: string): boolean {
    if (this.lockDepth === 0) throw new Error('executeTransaction must be called inside project.lockedAccess.');
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
    for (const action of actions) action.apply();
    this.undoSteps.push({ undoLabel: undoString ?? '', actions: actions.map((action) => action.description) });
    return true;
  }

  async getActiveSequence(): Promise<SequenceApi | null> {
    return this.activeSequence;
  }

  async getRootItem(): Promise<FolderItemApi> {
    return this.root;
  }

  async importFiles(filePaths: string[], _suppressUI?: boolean, targetBin?: ProjectItemApi): Promise<boolean> {
    if (this.lockDepth > 0) throw new Error('importFiles is asynchronous and cannot run inside lockedAccess.');
    if (filePaths.some((path) => this.unreadable.has(path))) return false;
    const bin = (targetBin ?? this.root) as FolderItemApi & { addItem(item: ProjectItemApi): void };
    this.importCalls.push({ paths: [...filePaths], bin: bin.name });
    for (const path of filePaths) bin.addItem(this.importFile(path));
    return true;
  }
}
