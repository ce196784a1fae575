import type { SecretStorePort } from '@reelkit/core/session';

/**
 * Secrets by name in the host's secure storage: API keys (`openai`, `replicate`, `local`), the C2PA signing identity
 * and the install's ledger keys. The core's `SecretStorePort` plus `delete`, so it passes to `createInstallKeys` as is.
 */
export interface SecretStore extends SecretStorePort {
  delete(name: string): Promise<void>;
}
