import { X509Certificate } from '@peculiar/x509';
import { CoseAlgorithmIdentifier } from '@trustnxt/c2pa-ts/cose';
import type { Runtime } from '../../runtime/runtime.js';
import { InvalidSigningIdentityError } from './invalid-signing-identity-error.js';
import type { MediaSigner } from './media-signer.js';
import type { MediaSigningIdentity } from './media-signing-identity.js';
import { signGeneratedMedia } from './sign-generated-media.js';
import { parsePem } from './pem.js';

export type { MediaSigner } from './media-signer.js';


/** Settings for {@link createMediaSigner}. */
export interface MediaSignerOptions {
  readonly runtime: Runtime;
  /** A per-install identity from `createInstallSigningIdentity`, or one the user supplies from their CA. */
  readonly identity: MediaSigningIdentity;
}

/**
 * COSE algorithm and WebCrypto hash per curve. C2PA also allows ES512 (P-521), but c2pa-ts 0.9 pairs ES512 with
 * SHA-256 instead of SHA-512 (RFC 9053), so its manifests would fail in every other validator: P-521 is refused.
 */
const curves: Record<string, { readonly cose: CoseAlgorithmIdentifier; readonly hash: string }> = {
  'P-256': { cose: CoseAlgorithmIdentifier.ES256, hash: 'SHA-256' },
  'P-384': { cose: CoseAlgorithmIdentifier.ES384, hash: 'SHA-384' },
};

const pemHint = 'Pass the certificates as PEM (signing certificate first) and the key as a JWK or PEM PKCS#8.';

/**
 * A signer from a signing identity. Checks that the key is ECDSA on P-256 or P-384 (C2PA algorithms every host's
 * WebCrypto signs with) and that the private key belongs to the signing certificate, so a mismatch fails here, not in
 * a viewer.
 */
export async function createMediaSigner({ runtime, identity }: MediaSignerOptions): Promise<MediaSigner> {
  const certificates = parsePem(identity.certificateChainPem)
    .filter((block) => block.label === 'CERTIFICATE')
    .map((block) => readCertificate(block.der));
  const [certificate, ...chainCertificates] = certificates;
  if (certificate === undefined) throw new InvalidSigningIdentityError('The signing identity has no PEM certificate.', pemHint);

  const keyAlgorithm = certificate.publicKey.algorithm as EcKeyAlgorithm;
  const curve = keyAlgorithm.name === 'ECDSA' ? curves[keyAlgorithm.namedCurve] : undefined;
  if (curve === undefined) {
    throw new InvalidSigningIdentityError(
      `The signing certificate's key is ${keyAlgorithm.name} ${keyAlgorithm.namedCurve ?? ''}`.trim() + ', not ECDSA P-256 or P-384.',
      'Reelkit signs media with ECDSA, the C2PA algorithm WebCrypto offers in every host; ask your CA for an EC P-256 or P-384 certificate.',
    );
  }
  const importParams: EcKeyImportParams = { name: 'ECDSA', namedCurve: keyAlgorithm.namedCurve };
  const signParams: EcdsaParams = { name: 'ECDSA', hash: curve.hash };
  const privateKey = await importPrivateKey(runtime.subtle, identity.privateKey, importParams);
  const publicKey = await runtime.subtle.importKey('spki', certificate.publicKey.rawData, importParams, false, ['verify']);
  const probe = new TextEncoder().encode('reelkit key check');
  const probeSignature = await runtime.subtle.sign(signParams, privateKey, probe);
  if (!(await runtime.subtle.verify(signParams, publicKey, probeSignature, probe))) {
    throw new InvalidSigningIdentityError(
      'The private key does not belong to the signing certificate.',
      'Put the certificate issued for this key first in the PEM chain.',
    );
  }

  const signer: MediaSigner = {
    algorithm: curve.cose,
    certificate,
    chainCertificates,
    subject: certificate.subject,
    runtime,
    // WebCrypto returns r||s, exactly the COSE (RFC 9053) ECDSA signature format.
    sign: async (payload) => new Uint8Array(await runtime.subtle.sign(signParams, privateKey, payload as Uint8Array<ArrayBuffer>)),
    signMedia: (bytes, mediaType, facts) => signGeneratedMedia(bytes, mediaType, { ...facts, signer }),
  };
  return signer;
}

function readCertificate(der: Uint8Array): X509Certificate {
  try {
    return new X509Certificate(der as Uint8Array<ArrayBuffer>);
  } catch (error) {
    throw new InvalidSigningIdentityError('A PEM certificate in the signing identity cannot be read.', pemHint, error);
  }
}

async function importPrivateKey(subtle: SubtleCrypto, key: JsonWebKey | string, params: EcKeyImportParams): Promise<CryptoKey> {
  try {
    if (typeof key !== 'string') return await subtle.importKey('jwk', key, params, false, ['sign']);
    const blocks = parsePem(key);
    const pkcs8 = blocks.find((block) => block.label === 'PRIVATE KEY');
    if (pkcs8 === undefined) {
      const hint = blocks.some((block) => block.label === 'EC PRIVATE KEY')
        ? 'Convert the SEC1 key to PKCS#8: `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`.'
        : pemHint;
      throw new InvalidSigningIdentityError('The private key is not an unencrypted PEM PKCS#8 key.', hint);
    }
    return await subtle.importKey('pkcs8', pkcs8.der as Uint8Array<ArrayBuffer>, params, false, ['sign']);
  } catch (error) {
    if (error instanceof InvalidSigningIdentityError) throw error;
    throw new InvalidSigningIdentityError('The private key cannot be imported for the certificate\'s curve.', pemHint, error);
  }
}
