import * as vscode from 'vscode';
import { createMemoryLedgerStore, type LedgerStore } from '@reelkit/core/provenance';
import { ledgerPathFor } from '../ledger-file-name.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * The ledger beside a script (`<script>.ledger.jsonl`) over `vscode.workspace.fs`, so it works on disk, in remote and
 * in virtual workspaces. Scripts with nowhere to write (untitled) get a ledger in memory for the session.
 */
export function createWorkspaceLedgerStore(script: vscode.Uri): LedgerStore {
  if (vscode.workspace.fs.isWritableFileSystem(script.scheme) !== true) return createMemoryLedgerStore();
  const uri = script.with({ path: ledgerPathFor(script.path) });
  const read = async (): Promise<string | undefined> => {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  };
  const write = (text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  // workspace.fs cannot append: writes go one at a time so two appends never read the same old text.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    read: () => serially(read),
    append: (text) => serially(async () => write(((await read()) ?? '') + text)),
    replace: (text) => serially(async () => write(text)),
  };
}
