import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
} from '@peculiar/x509';
import type { Runtime } from '../../runtime/runtime.js';
import type { MediaSigningIdentity } from './media-signing-identity.js';
import { toPem } from './pem.js';
import { webCryptoForX509 } from './web-crypto-for-x509.js';

/** Settings for {@link createInstallSigningIdentity}. */
export interface InstallSigningIdentityOptions {
  /** Shown as the signer in Content Credentials viewers; default `Reelkit`. */
  readonly organization?: string;
  /** How long the certificate is valid; default 1826 days (five years). */
  readonly validForDays?: number;
}

/** id-kp-documentSigning (RFC 9336), one of the extended key usages the C2PA trust model accepts. */
const documentSigning = '1.3.6.1.5.5.7.3.36';
const ecdsaP256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const dayMs = 86_400_000;

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Creates a per-install signing identity: a one-off CA certificate and, issued by it, an ECDSA P-256 signing
 * certificate with the C2PA profile (digitalSignature key usage, emailProtection + documentSigning EKUs). The CA's
 * private key is thrown away once the signing certificate exists, so it can never issue anything else.
 *
 * Manifests signed with it are verifiable for integrity (any change to the media or the manifest is detected) but are
 * NOT "trusted": validators trust only certificates chaining to a CA on the C2PA trust list. The host stores the result
 * in its secret store; users who need trust supply their own identity instead.
 */
export async function createInstallSigningIdentity(
  runtime: Runtime,
  { organization = 'Reelkit', validForDays = 1826 }: InstallSigningIdentityOptions = {},
): Promise<MediaSigningIdentity> {
  const { subtle } = runtime;
  const crypto = webCryptoForX509(subtle);
  const authorityKeys = await subtle.generateKey(ecdsaP256, false, ['sign', 'verify']);
  const signerKeys = await subtle.generateKey(ecdsaP256, true, ['sign', 'verify']);
  // Serial numbers and the name suffix come from the key hashes: unique per key, and no randomness source needed.
  const authorityId = await publicKeyDigest(subtle, authorityKeys.publicKey);
  const signerId = await publicKeyDigest(subtle, signerKeys.publicKey);
  const installId = hex(signerId.subarray(0, 4));
  // A few minutes of slack so a validator whose clock is slightly behind does not see a not-yet-valid certificate.
  const notBefore = new Date(runtime.now() - 5 * 60_000);
  const notAfter = new Date(runtime.now() + validForDays * dayMs);
  // The OU says plainly, wherever a viewer shows the signer, that nobody vouches for this certificate.
  const unit = 'OU=Per-install key - not on a C2PA trust list';
  const authorityName = `CN=${organization} install CA ${installId}, ${unit}, O=${organization}`;

  const authority = await X509CertificateGenerator.create(
    {
      serialNumber: serialFrom(authorityId),
      subject: authorityName,
      issuer: authorityName,
      notBefore,
      notAfter,
      publicKey: authorityKeys.publicKey,
      signingKey: authorityKeys.privateKey,
      extensions: [
        new BasicConstraintsExtension(true, 0, true),
        new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
        await SubjectKeyIdentifierExtension.create(authorityKeys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  const signer = await X509CertificateGenerator.create(
    {
      serialNumber: serialFrom(signerId),
      subject: `CN=${organization} install ${installId}, ${unit}, O=${organization}`,
      issuer: authority.subject,
      notBefore,
      notAfter,
      publicKey: signerKeys.publicKey,
      signingKey: authorityKeys.privateKey,
      extensions: [
        new BasicConstraintsExtension(false, undefined, true),
        new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
        new ExtendedKeyUsageExtension([ExtendedKeyUsage.emailProtection, documentSigning], false),
        await SubjectKeyIdentifierExtension.create(signerKeys.publicKey, false, crypto),
        await AuthorityKeyIdentifierExtension.create(authorityKeys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  return {
    certificateChainPem: toPem('CERTIFICATE', new Uint8Array(signer.rawData)) + toPem('CERTIFICATE', new Uint8Array(authority.rawData)),
    privateKey: await subtle.exportKey('jwk', signerKeys.privateKey),
  };
}

async function publicKeyDigest(subtle: SubtleCrypto, publicKey: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await subtle.digest('SHA-256', await subtle.exportKey('spki', publicKey)));
}

/** A positive 16-byte serial (RFC 5280 allows up to 20 octets; the top bit clear keeps the DER integer positive). */
function serialFrom(digest: Uint8Array): string {
  const serial = digest.slice(0, 16);
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x01;
  return hex(serial);
}
