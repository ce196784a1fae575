import * as vscode from 'vscode';
import { createLedgerRecorder, type LedgerStore, type ProvenanceRecorder } from '@reelkit/core/provenance';
import type { Guard } from '@reelkit/core/guard';
import type { InstallKeys } from '@reelkit/core/session';
import { createWorkspaceLedgerStore } from './workspace-ledger-store.js';

/** What AI commands run a script's generations through: its ledger, the recorder over it, and the session's guard recording into it. */
export interface ScriptLedger {
  readonly store: LedgerStore;
  readonly recorder: ProvenanceRecorder;
  readonly guard: Guard;
}

/** One ledger per script, opened on first use; in-memory ledgers of untitled scripts live as long as the session. */
export class Ledgers implements vscode.Disposable {
  private readonly ledgers = new Map<string, Promise<ScriptLedger>>();
  private readonly stores = new Map<string, LedgerStore>();
  private readonly recorded = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the script's uri after something was written to its ledger by this window. */
  readonly onDidRecord = this.recorded.event;

  /**
   * `keys` are the install's ledger keys; `guard` is the session's: one call policy for every script, each recording into
   * its own ledger.
   */
  constructor(
    private readonly keys: InstallKeys,
    private readonly guard: Guard,
  ) {}

  /** The ledger of a script. */
  for(script: vscode.Uri): Promise<ScriptLedger> {
    const key = script.toString();
    let ledger = this.ledgers.get(key);
    if (ledger === undefined) {
      ledger = this.open(script);
      this.ledgers.set(key, ledger);
      ledger.catch(() => this.ledgers.delete(key));
    }
    return ledger;
  }

  /** The store of a script's ledger, for reading it without opening a recorder (no keys are created). */
  store(script: vscode.Uri): LedgerStore {
    const key = script.toString();
    let store = this.stores.get(key);
    if (store === undefined) {
      store = createWorkspaceLedgerStore(script);
      this.stores.set(key, store);
    }
    return store;
  }

  /** Tells listeners (decorations, AI share) that a script's ledger changed. */
  didRecord(script: vscode.Uri): void {
    this.recorded.fire(script);
  }

  /** Whether a script's ledger was opened in this window (untitled scripts have none otherwise). */
  has(script: vscode.Uri): boolean {
    return this.ledgers.has(script.toString()) || this.stores.has(script.toString());
  }

  dispose(): void {
    this.recorded.dispose();
    this.ledgers.clear();
    this.stores.clear();
  }

  private async open(script: vscode.Uri): Promise<ScriptLedger> {
    const store = this.store(script);
    const recorder = createLedgerRecorder({ store, runtime: this.guard.runtime, promptKey: await this.keys.promptKey(), signingKeys: this.keys.signingKeys });
    return { store, recorder, guard: this.guard.withRecorder(recorder) };
  }
}
