import { createLedgerRecorder, createPromptKey, type ProvenanceRecorder, type SigningKeyStore, type StoredSigningKey } from '@reelkit/core/checks/provenance';
import type { Runtime } from '@reelkit/core/runtime';
import { ledgerPathFor } from '../generation/ledger-path.js';
import type { SecretPort } from './secret-port.js';
import { createVaultLedgerStore } from './vault-ledger-store.js';
import type { LedgerAdapterPort } from './vault-port.js';

/** Keychain ids (lowercase, dashes) of the install's prompt key and ledger signing key. */
export const promptKeySecret = 'reelkit-prompt-key';
const signingKeySecret = 'reelkit-ledger-signing-key';

/** The per-install prompt key from the keychain, created on first use. */
export async function loadPromptKey(secrets: SecretPort, subtle: SubtleCrypto): Promise<string> {
  const existing = secrets.getSecret(promptKeySecret);
  if (existing) return existing;
  const created = await createPromptKey(subtle);
  secrets.setSecret(promptKeySecret, created);
  return created;
}

/** The checkpoint signing key kept in the keychain, never in a file. */
export function keychainSigningKeys(secrets: SecretPort): SigningKeyStore {
  return {
    load: () => {
      const stored = secrets.getSecret(signingKeySecret);
      return Promise.resolve(stored ? (JSON.parse(stored) as StoredSigningKey) : undefined);
    },
    save: (key) => {
      secrets.setSecret(signingKeySecret, JSON.stringify(key));
      return Promise.resolve();
    },
  };
}

/** A provenance recorder over the ledger of one note (`.reelkit/ledgers/<note>.jsonl`). */
export async function createNoteRecorder(adapter: LedgerAdapterPort, secrets: SecretPort, runtime: Runtime, notePath: string, apiKey?: string): Promise<ProvenanceRecorder> {
  return createLedgerRecorder({
    store: createVaultLedgerStore(adapter, ledgerPathFor(notePath)),
    runtime,
    promptKey: await loadPromptKey(secrets, runtime.subtle),
    signingKeys: keychainSigningKeys(secrets),
    secrets: [apiKey],
  });
}
