import type { LedgerStore } from '@reelkit/core/provenance';
import type { LedgerAdapterPort } from './vault-port.js';

/** Creates each missing folder of `path` (the adapter's `append` does not). */
async function ensureParent(adapter: LedgerAdapterPort, path: string): Promise<void> {
  const parts = path.split('/').slice(0, -1);
  for (let depth = 1; depth <= parts.length; depth += 1) {
    const folder = parts.slice(0, depth).join('/');
    if (!(await adapter.exists(folder))) await adapter.mkdir(folder);
  }
}

/** A provenance ledger kept as a vault file through the data adapter: appends only, whole lines. */
export function createVaultLedgerStore(adapter: LedgerAdapterPort, path: string): LedgerStore {
  return {
    read: async () => ((await adapter.exists(path)) ? adapter.read(path) : undefined),
    append: async (text) => {
      if (await adapter.exists(path)) return adapter.append(path, text);
      await ensureParent(adapter, path);
      return adapter.write(path, text);
    },
    replace: async (text) => {
      await ensureParent(adapter, path);
      return adapter.write(path, text);
    },
  };
}
