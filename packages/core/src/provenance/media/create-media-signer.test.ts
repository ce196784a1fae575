import { X509CertificateGenerator } from '@peculiar/x509';
import { CoseAlgorithmIdentifier } from '@trustnxt/c2pa-ts/cose';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReelkitError } from '../../errors/reelkit-error.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createInstallSigningIdentity } from './create-install-signing-identity.js';
import { issueCaIdentity } from './__fixtures__/issue-ca-identity.js';
import { createMediaSigner } from './create-media-signer.js';
import { InvalidSigningIdentityError } from './invalid-signing-identity-error.js';
import type { MediaSigningIdentity } from './media-signing-identity.js';
import { toPem } from './pem.js';

const runtime = createRuntime();
let identity: MediaSigningIdentity;

beforeAll(async () => {
  identity = await createInstallSigningIdentity(runtime);
});

async function pkcs8Pem(jwk: JsonWebKey): Promise<string> {
  const key = await runtime.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  return toPem('PRIVATE KEY', new Uint8Array(await runtime.subtle.exportKey('pkcs8', key)));
}

async function rejection(promise: Promise<unknown>): Promise<ReelkitError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof InvalidSigningIdentityError)) throw new Error(`Expected InvalidSigningIdentityError, got ${String(error)}`);
  return error;
}

describe('createMediaSigner', () => {
  it('signs with ES256 and the per-install chain (signer certificate, then the install CA)', async () => {
    const signer = await createMediaSigner({ runtime, identity });
    expect(signer.algorithm).toBe(CoseAlgorithmIdentifier.ES256);
    expect(signer.subject).toBe(signer.certificate.subject);
    expect(signer.chainCertificates.map((certificate) => certificate.subject)).toEqual([signer.certificate.issuer]);
  });

  it('produces raw r||s ECDSA signatures, the COSE format, that verify with the certificate key', async () => {
    const signer = await createMediaSigner({ runtime, identity });
    const payload = new TextEncoder().encode('claim bytes');
    const signature = await signer.sign(payload);
    const publicKey = await signer.certificate.publicKey.export({ name: 'ECDSA', namedCurve: 'P-256' }, ['verify']);
    expect(signature.length).toBe(64);
    expect(await runtime.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey, signature as Uint8Array<ArrayBuffer>, payload)).toBe(true);
  });

  it('accepts the private key as PEM PKCS#8, as a CA or openssl hands it out', async () => {
    const privateKey = await pkcs8Pem(identity.privateKey as JsonWebKey);
    const signer = await createMediaSigner({ runtime, identity: { ...identity, privateKey } });
    expect(signer.algorithm).toBe(CoseAlgorithmIdentifier.ES256);
  });

  it('signs with ES384 for a CA-issued P-384 certificate given with a PEM PKCS#8 key', async () => {
    const { identity: issued } = await issueCaIdentity('P-384');
    const signer = await createMediaSigner({ runtime, identity: issued });
    expect(signer.algorithm).toBe(CoseAlgorithmIdentifier.ES384);
    expect(signer.subject).toBe('CN=Studio North Signing, O=Studio North');
    expect(signer.chainCertificates.map((certificate) => certificate.subject)).toEqual(['CN=Test Root CA, O=Test CA']);
  });

  it('rejects a private key that belongs to another certificate', async () => {
    const other = await createInstallSigningIdentity(runtime);
    const error = await rejection(createMediaSigner({ runtime, identity: { ...identity, privateKey: other.privateKey } }));
    expect(error.code).toBe('invalid_argument');
    expect(error.message).toBe('The private key does not belong to the signing certificate. Put the certificate issued for this key first in the PEM chain.');
  });

  it('explains how to convert a SEC1 `EC PRIVATE KEY`', async () => {
    const error = await rejection(createMediaSigner({ runtime, identity: { ...identity, privateKey: toPem('EC PRIVATE KEY', new Uint8Array([1, 2, 3])) } }));
    expect(error.hint).toBe('Convert the SEC1 key to PKCS#8: `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`.');
  });

  it('rejects an identity without certificates', async () => {
    const error = await rejection(createMediaSigner({ runtime, identity: { ...identity, certificateChainPem: 'not a certificate' } }));
    expect(error.message).toMatch(/^The signing identity has no PEM certificate\./);
  });

  it('refuses P-521: c2pa-ts would sign ES512 with the wrong hash', async () => {
    const { identity: issued } = await issueCaIdentity('P-521');
    const error = await rejection(createMediaSigner({ runtime, identity: issued }));
    expect(error.message).toMatch(/^The signing certificate's key is ECDSA P-521, not ECDSA P-256 or P-384\./);
  });

  it('rejects keys other than ECDSA, saying why', async () => {
    const keys = await runtime.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
    const certificate = await X509CertificateGenerator.createSelfSigned({ serialNumber: '01', name: 'CN=Ed25519 signer', keys });
    const privateKey = toPem('PRIVATE KEY', new Uint8Array(await runtime.subtle.exportKey('pkcs8', keys.privateKey)));
    const error = await rejection(createMediaSigner({ runtime, identity: { certificateChainPem: certificate.toString('pem'), privateKey } }));
    expect(error.message).toMatch(/^The signing certificate's key is Ed25519, not ECDSA P-256 or P-384\./);
  });
});
