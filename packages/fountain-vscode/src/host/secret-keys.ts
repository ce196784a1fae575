import type * as vscode from 'vscode';
import { createPromptKey, type SigningKeyStore, type StoredSigningKey } from '@reelkit/core/checks/provenance';

const promptKeyId = 'reelkit.ledger.promptKey';
const signingKeyId = 'reelkit.ledger.signingKey';

/** The install's prompt key (digests prompts in the ledger), created on first use and kept in SecretStorage. */
export async function loadPromptKey(secrets: vscode.SecretStorage): Promise<string> {
  const stored = await secrets.get(promptKeyId);
  if (stored !== undefined) return stored;
  const created = await createPromptKey(globalThis.crypto.subtle);
  await secrets.store(promptKeyId, created);
  return created;
}

/** The ledger checkpoint signing key, kept in SecretStorage as JSON. */
export function createSecretSigningKeyStore(secrets: vscode.SecretStorage): SigningKeyStore {
  return {
    load: async () => {
      const stored = await secrets.get(signingKeyId);
      return stored === undefined ? undefined : (JSON.parse(stored) as StoredSigningKey);
    },
    save: async (key) => secrets.store(signingKeyId, JSON.stringify(key)),
  };
}
