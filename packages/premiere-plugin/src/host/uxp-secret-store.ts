import { storage } from 'uxp';
import type { SecretStore } from '../ports/secret-store.js';

/** Keys in UXP's `secureStorage` (the OS keychain), never in settings or localStorage. */
export function createUxpSecretStore(): SecretStore {
  const prefix = 'reelkit.key.';
  return {
    get: async (name) => {
      const bytes = await storage.secureStorage.getItem(prefix + name).catch(() => null);
      return bytes === null || bytes.length === 0 ? undefined : new TextDecoder().decode(bytes);
    },
    set: (name, value) => storage.secureStorage.setItem(prefix + name, value),
    delete: (name) => storage.secureStorage.removeItem(prefix + name),
  };
}
