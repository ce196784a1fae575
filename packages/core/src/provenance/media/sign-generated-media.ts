import { ActionType, ClaimVersion, DataHashAssertion, DigitalSourceType, ManifestStore, Signature } from '@trustnxt/c2pa-ts/manifest';
import { ReelkitError } from '../../errors/reelkit-error.js';
import type { MediaSigner } from './media-signer.js';
import type { GeneratedMediaFacts } from './generated-media-signer.js';
import { InvalidSigningIdentityError } from './invalid-signing-identity-error.js';
import { openMediaAsset } from './open-media-asset.js';
import { readMediaManifestSummary } from './read-media-manifest-summary.js';
import { TimedActionAssertion } from './timed-action-assertion.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** What the manifest says about a generated file, and who signs it. */
export interface GeneratedMediaDetails extends GeneratedMediaFacts {
  readonly signer: MediaSigner;
}

/** Bytes reserved for the COSE signature beyond its unsigned size. */
const signaturePadding = 2048;

/** Name and version written as the claim generator. */
const claimGenerator = { name: 'Reelkit', version: '0.1.0' } as const;

/**
 * Embeds a signed C2PA manifest in generated media (PNG, JPEG, MP3, WAV): one `c2pa.created` action with
 * `digitalSourceType` trainedAlgorithmicMedia and the model as software agent, bound to every byte of the file by a
 * SHA-256 data hash. Returns the new file; the input is not changed. Before returning it re-reads the result and
 * throws if the manifest does not validate, so a broken manifest never reaches the user.
 *
 * A file that already carries Content Credentials (OpenAI signs its generated images) is returned unchanged: the
 * provider's manifest, signed by a CA on the trust list, says more than a per-install one, and replacing it would
 * destroy it. Show it with `readMediaManifestSummary`.
 */
export async function signGeneratedMedia(bytes: Uint8Array, mediaType: string, details: GeneratedMediaDetails): Promise<Uint8Array> {
  const { signer } = details;
  // c2pa-ts may edit its buffer in place; keep the caller's bytes untouched.
  const asset = openMediaAsset(bytes.slice(), mediaType);
  if (asset.getManifestJUMBF() !== undefined) return bytes.slice();
  const store = new ManifestStore();
  const manifest = store.createManifest({
    claimVersion: ClaimVersion.V2,
    assetFormat: asset.mimeType,
    instanceID: `xmp:iid:${await instanceId(signer, bytes, details)}`,
    defaultHashAlgorithm: 'SHA-256',
    signer,
  });
  // c2pa-ts reserves 25 kB for an RFC 3161 timestamp by default; without one, 2 kB covers the signature's growth.
  manifest.signature = Signature.create(signer, signaturePadding);
  if (manifest.claim !== undefined) {
    manifest.claim.claimGeneratorName = claimGenerator.name;
    manifest.claim.claimGeneratorVersion = claimGenerator.version;
    if (details.title !== undefined) manifest.claim.title = details.title;
  }

  const actions = new TimedActionAssertion(details.createdAt);
  actions.actions.push({
    action: ActionType.C2paCreated,
    digitalSourceType: DigitalSourceType.TrainedAlgorithmicMedia,
    softwareAgent: {
      name: `${details.provider}/${details.model}`,
      ...omitUndefined({ version: details.modelVersion }),
    },
  });
  manifest.addAssertion(actions);
  const dataHash = DataHashAssertion.create('SHA-256');
  manifest.addAssertion(dataHash);

  // The order c2pa-ts requires: reserve the space (moving bytes), hash around it, sign, then fill it in.
  await asset.ensureManifestSpace(store.measureSize());
  await dataHash.updateWithAsset(asset);
  await manifest.sign(signer);
  await asset.writeManifestJUMBF(store.getBytes());
  const signed = await asset.getDataRange();

  const summary = await readMediaManifestSummary(signed, asset.mimeType);
  const codes = (summary?.validation.failures ?? [{ code: 'manifest.missing' }]).map((failure) => failure.code);
  if (codes.length > 0) throw signingFailure(codes, asset.mimeType);
  return signed;
}

/** Why a freshly signed file does not validate: the identity's fault (certificate profile, validity) or ours. */
function signingFailure(codes: readonly string[], mediaType: string): ReelkitError {
  const list = codes.join(', ');
  if (codes.includes('signingCredential.expired')) {
    return new InvalidSigningIdentityError(`The signing certificate is expired or not yet valid (${list}).`, 'Renew the certificate, or check the clock.');
  }
  if (codes.every((code) => code.startsWith('signingCredential.') || code.startsWith('algorithm.'))) {
    return new InvalidSigningIdentityError(
      `The signing certificate does not meet the C2PA certificate profile (${list}).`,
      'Use a certificate issued by a CA (not self-signed) with the critical digitalSignature key usage and the emailProtection or documentSigning extended key usage.',
    );
  }
  return new ReelkitError({ code: 'invalid_response', message: `The signed ${mediaType} does not validate (${list}).`, hint: 'Report this as a bug with the input file.' });
}

/** A UUID from the content and the creation details: the same generation yields the same instance id. */
async function instanceId(signer: MediaSigner, bytes: Uint8Array, details: GeneratedMediaDetails): Promise<string> {
  const contentHash = await signer.runtime.hasher.sha256(bytes);
  const digest = await signer.runtime.hasher.sha256(`${contentHash}\n${details.provider}/${details.model}\n${details.createdAt.toISOString()}`);
  const hex = `${digest.slice(0, 12)}4${digest.slice(13, 16)}${((Number.parseInt(digest[16] ?? '0', 16) & 0x3) | 0x8).toString(16)}${digest.slice(17, 32)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
