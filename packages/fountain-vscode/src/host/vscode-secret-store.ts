import type * as vscode from 'vscode';
import type { SecretStorePort } from '@reelkit/core/session';

/** VS Code's `SecretStorage` as the core's secret-store port. */
export function createVscodeSecretStore(secrets: vscode.SecretStorage): SecretStorePort {
  return {
    get: (name) => Promise.resolve(secrets.get(name)),
    set: (name, value) => Promise.resolve(secrets.store(name, value)),
  };
}
