import type { LedgerStore } from '@reelkit/core/provenance';
import { ensureParentFolders } from '../storage/ensure-parent-folders.js';
import type { LedgerAdapterPort } from './vault-port.js';

/** A provenance ledger kept as a vault file through the data adapter: appends only, whole lines. */
export function createVaultLedgerStore(adapter: LedgerAdapterPort, path: string): LedgerStore {
  return {
    read: async () => ((await adapter.exists(path)) ? adapter.read(path) : undefined),
    append: async (text) => {
      if (await adapter.exists(path)) return adapter.append(path, text);
      await ensureParentFolders(adapter, path);
      return adapter.write(path, text);
    },
    replace: async (text) => {
      await ensureParentFolders(adapter, path);
      return adapter.write(path, text);
    },
  };
}
