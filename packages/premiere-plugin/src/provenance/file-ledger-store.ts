import type { LedgerStore } from '@reelkit/core/provenance';
import type { FileStore } from '../ports/file-store.js';

/**
 * A ledger file through the panel's FileStore: whole-line appends (a crash tears at most the last line), and a
 * replace for the core's torn-line recovery. A file that cannot be read counts as no ledger yet.
 */
export function createFileLedgerStore(files: FileStore, path: string): LedgerStore {
  return {
    read: () =>
      files.readBytes(path).then(
        (bytes) => new TextDecoder().decode(bytes),
        () => undefined,
      ),
    append: (text) => files.appendText(path, text),
    replace: (text) => files.writeText(path, text),
  };
}
