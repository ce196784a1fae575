import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import type { LedgerStore } from '@reelkit/core/provenance';

/**
 * A ledger store over a file, for the CLI and Node hosts. Appends use `appendFile` (one write per entry, so a crash
 * tears at most the last line); `replace` writes a sibling file and renames it over the ledger, so recovery itself
 * cannot leave a half-written ledger.
 */
export function createFileLedgerStore(path: string): LedgerStore {
  return {
    read: async () => {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    append: (text) => appendFile(path, text, 'utf8'),
    replace: async (text) => {
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, text, 'utf8');
      await rename(temporary, path);
    },
  };
}
