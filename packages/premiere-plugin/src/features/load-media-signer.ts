import { createInstallSigningIdentity, createMediaSigner, type MediaSigner, type MediaSigningIdentity } from '@reelkit/core/provenance/media';
import type { Runtime } from '@reelkit/core/runtime';
import type { SecretStore } from '../ports/secret-store.js';

/** Where the per-install C2PA identity is kept in secure storage (it holds a private key). */
export const signingIdentitySecret = 'signing-identity';

/**
 * The C2PA signer for generated media: the install's identity from secure storage, created and stored on first use,
 * so every file the panel makes is signed by the same certificate across reloads.
 */
export async function loadMediaSigner(secrets: SecretStore, runtime: Runtime): Promise<MediaSigner> {
  const stored = await secrets.get(signingIdentitySecret);
  let identity: MediaSigningIdentity | undefined;
  try {
    identity = stored === undefined ? undefined : (JSON.parse(stored) as MediaSigningIdentity);
  } catch {
    identity = undefined;
  }
  if (identity === undefined || typeof identity.certificateChainPem !== 'string') {
    identity = await createInstallSigningIdentity(runtime);
    await secrets.set(signingIdentitySecret, JSON.stringify(identity));
  }
  return createMediaSigner({ runtime, identity });
}
