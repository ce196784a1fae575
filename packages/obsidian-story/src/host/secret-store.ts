import type { SecretStorePort } from '@reelkit/core/session';
import type { SecretPort } from './secret-port.js';

/**
 * Obsidian's keychain as the core's secret-store port. `getSecret`/`setSecret` are synchronous and `setSecret` throws
 * on an invalid id; both are wrapped so a failure arrives as a rejected promise, as the port promises.
 */
export function createSecretStore(secrets: SecretPort): SecretStorePort {
  return {
    get: (name) => new Promise((resolve) => resolve(secrets.getSecret(name) ?? undefined)),
    set: (name, value) =>
      new Promise<void>((resolve) => {
        secrets.setSecret(name, value);
        resolve();
      }),
  };
}
