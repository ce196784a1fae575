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
import type { MediaSigningIdentity } from '../media-signing-identity.js';
import { toPem } from '../pem.js';

/** A signing identity as a user brings it from their CA, plus the CA certificate a validator would have to trust. */
export interface CaIssuedIdentity {
  readonly identity: MediaSigningIdentity;
  readonly authorityPem: string;
}

/**
 * Stands in for a commercial CA: a root on `curve` issues a document-signing certificate on the same curve. The key is
 * handed over as PEM PKCS#8, the way `openssl` and CA portals export it.
 */
export async function issueCaIdentity(curve: 'P-256' | 'P-384' | 'P-521', subject = 'CN=Studio North Signing, O=Studio North'): Promise<CaIssuedIdentity> {
  const algorithm = { name: 'ECDSA', namedCurve: curve };
  const signingAlgorithm = { name: 'ECDSA', hash: curve === 'P-256' ? 'SHA-256' : curve === 'P-384' ? 'SHA-384' : 'SHA-512' };
  const rootKeys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const signerKeys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const notBefore = new Date(Date.now() - 3_600_000);
  const notAfter = new Date(Date.now() + 30 * 86_400_000);
  const root = await X509CertificateGenerator.createSelfSigned({
    serialNumber: '0a',
    name: 'CN=Test Root CA, O=Test CA',
    keys: rootKeys,
    notBefore,
    notAfter,
    signingAlgorithm,
    extensions: [
      new BasicConstraintsExtension(true, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
      await SubjectKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  const signer = await X509CertificateGenerator.create({
    serialNumber: '0b',
    subject,
    issuer: root.subject,
    notBefore,
    notAfter,
    publicKey: signerKeys.publicKey,
    signingKey: rootKeys.privateKey,
    signingAlgorithm,
    extensions: [
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
      new ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.36', ExtendedKeyUsage.emailProtection]),
      await SubjectKeyIdentifierExtension.create(signerKeys.publicKey),
      await AuthorityKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', signerKeys.privateKey));
  return {
    identity: { certificateChainPem: signer.toString('pem') + '\n' + root.toString('pem'), privateKey: toPem('PRIVATE KEY', pkcs8) },
    authorityPem: root.toString('pem'),
  };
}
