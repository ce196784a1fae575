import { createPromptKey } from '../provenance/prompt-digest.js';
import type { SigningKeyStore, StoredSigningKey } from '../provenance/ledger-signer.js';
import type { SecretStorePort } from './secret-store-port.js';

/** The secret names the install keys are kept under (hosts that stored them under other names pass those). */
export interface InstallKeyNames {
  readonly promptKey: string;
  readonly signingKey: string;
}

/** Lower case and dashes: the one form every host's secret store accepts (Obsidian's keychain requires it). */
export const defaultInstallKeyNames: InstallKeyNames = { promptKey: 'reelkit-prompt-key', signingKey: 'reelkit-ledger-signing-key' };

/** The install's own keys for its ledgers: the prompt key (keyed prompt digests) and the checkpoint signing key. */
export interface InstallKeys {
  /** The prompt key, created and stored on first use. */
  promptKey(): Promise<string>;
  readonly signingKeys: SigningKeyStore;
}

/** The install keys kept in the host's secret store, never in a file. */
export function createInstallKeys(secrets: SecretStorePort, subtle: SubtleCrypto, names: InstallKeyNames = defaultInstallKeyNames): InstallKeys {
  return {
    async promptKey() {
      const stored = await secrets.get(names.promptKey);
      if (stored !== undefined && stored !== '') return stored;
      const created = await createPromptKey(subtle);
      await secrets.set(names.promptKey, created);
      return created;
    },
    signingKeys: {
      load: async () => {
        const stored = await secrets.get(names.signingKey);
        return stored === undefined || stored === '' ? undefined : (JSON.parse(stored) as StoredSigningKey);
      },
      save: (key) => secrets.set(names.signingKey, JSON.stringify(key)),
    },
  };
}
