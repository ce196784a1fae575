// Host glue, once: the secret-store port, the install's ledger keys, the providers a session uses, its checks.
export { createInstallKeys, defaultInstallKeyNames, type InstallKeyNames, type InstallKeys } from './create-install-keys.js';
export { createProviderModels, type ProviderModels, type ProviderSelection } from './create-provider-models.js';
export { createSessionChecks, defaultCheckSettings, type CheckSettings } from './create-session-checks.js';
export type { SecretStorePort } from './secret-store-port.js';
