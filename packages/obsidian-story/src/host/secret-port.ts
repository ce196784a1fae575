import type { SecretStorage } from 'obsidian';

/** The keychain calls the plugin makes, picked from Obsidian's `SecretStorage` (1.11.4+). */
export type SecretPort = Pick<SecretStorage, 'getSecret' | 'setSecret'>;
