// C2PA Content Credentials for generated media: per-install or user-supplied signing identities, signing, reading.
export { createInstallSigningIdentity, type InstallSigningIdentityOptions } from './create-install-signing-identity.js';
export { createMediaSigner, type MediaSigner, type MediaSignerOptions } from './create-media-signer.js';
export { InvalidSigningIdentityError } from './invalid-signing-identity-error.js';
export type { MediaSigningIdentity } from './media-signing-identity.js';
export type { GeneratedMediaFacts, GeneratedMediaSigner } from './generated-media-signer.js';
export { signableMediaTypes, toSignableMediaType, type SignableMediaType } from './signable-media-types.js';
export {
  readMediaManifestSummary,
  type MediaManifestAction,
  type MediaManifestFailure,
  type MediaManifestSummary,
} from './read-media-manifest-summary.js';
export { signGeneratedMedia, type GeneratedMediaDetails } from './sign-generated-media.js';
