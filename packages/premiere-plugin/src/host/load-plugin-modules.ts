import type { GeneratedMediaSigner } from '@reelkit/core/provenance/media';
import { ReelkitError } from '@reelkit/core/errors';
import type { ProviderSettings } from '@reelkit/core/providers';
import type { Runtime } from '@reelkit/core/runtime';
import type { PanelModels } from '../features/create-models.js';
import type { SecretStore } from '../ports/secret-store.js';

/** What dist/signing.js exports (src/signing.ts). */
interface SigningModule {
  loadMediaSigner(secrets: SecretStore, runtime: Runtime): Promise<GeneratedMediaSigner>;
}

/** What dist/providers.js exports (src/providers.ts). */
interface ProvidersModule {
  createModels(secrets: SecretStore, settings: ProviderSettings): Promise<PanelModels>;
}

// UXP's CommonJS loader; the bundle keeps these calls as they are (the files are external in scripts/bundles.mjs).
declare const require: (id: string) => unknown;

const load = <T>(file: string, what: string, read: () => unknown): T => {
  try {
    return read() as T;
  } catch (cause) {
    throw new ReelkitError({
      code: 'unsupported_capability',
      message: `The ${what} module (dist/${file}) could not be loaded.`,
      hint: 'Reinstall the plugin from a package built with `npm run build`, which writes it beside dist/index.js.',
      cause,
    });
  }
};

/** The C2PA signer's bundle (~800 KB), loaded on the first signature, not with the panel. */
export const loadSigningModule = (): SigningModule => load<SigningModule>('signing.js', 'C2PA signing', () => require('./signing.js'));

/** The provider SDKs' bundle, loaded once the panel has drawn itself. */
export const loadProvidersModule = (): ProvidersModule => load<ProvidersModule>('providers.js', 'model providers', () => require('./providers.js'));
