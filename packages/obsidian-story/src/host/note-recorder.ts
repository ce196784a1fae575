import { createLedgerRecorder, type ProvenanceRecorder } from '@reelkit/core/provenance';
import type { Runtime } from '@reelkit/core/runtime';
import type { InstallKeys } from '@reelkit/core/session';
import { ledgerPathFor } from '../generation/ledger-path.js';
import { createVaultLedgerStore } from './vault-ledger-store.js';
import type { LedgerAdapterPort } from './vault-port.js';

/**
 * A provenance recorder over the ledger of one note (`.reelkit/ledgers/<note>.jsonl`), keyed and signed with the
 * install's keys from the keychain; `apiKey` is scrubbed from anything it writes.
 */
export async function createNoteRecorder(adapter: LedgerAdapterPort, keys: InstallKeys, runtime: Runtime, notePath: string, apiKey?: string): Promise<ProvenanceRecorder> {
  return createLedgerRecorder({
    store: createVaultLedgerStore(adapter, ledgerPathFor(notePath)),
    runtime,
    promptKey: await keys.promptKey(),
    signingKeys: keys.signingKeys,
    secrets: [apiKey],
  });
}
