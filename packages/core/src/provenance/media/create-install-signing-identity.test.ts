import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectKeyIdentifierExtension,
  X509Certificate,
} from '@peculiar/x509';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../runtime/runtime.js';
import { createInstallSigningIdentity } from './create-install-signing-identity.js';
import { parsePem } from './pem.js';

const now = Date.parse('2026-11-25T01:00:00.000Z');
const runtime = createRuntime({ now: () => now });

async function createChain(): Promise<{ signer: X509Certificate; authority: X509Certificate; privateKey: JsonWebKey | string }> {
  const identity = await createInstallSigningIdentity(runtime);
  const [signer, authority, extra] = parsePem(identity.certificateChainPem).map((block) => new X509Certificate(block.der as Uint8Array<ArrayBuffer>));
  if (signer === undefined || authority === undefined || extra !== undefined) throw new Error('Expected exactly two certificates.');
  return { signer, authority, privateKey: identity.privateKey };
}

describe('createInstallSigningIdentity', () => {
  it('issues the signing certificate from a one-off install CA, with names that say it is not on a trust list', async () => {
    const { signer, authority } = await createChain();
    expect(signer.subject).toMatch(/^CN=Reelkit install [0-9a-f]{8}, OU=Per-install key - not on a C2PA trust list, O=Reelkit$/);
    expect(authority.subject).toMatch(/^CN=Reelkit install CA [0-9a-f]{8}, OU=Per-install key - not on a C2PA trust list, O=Reelkit$/);
    expect(signer.issuer).toBe(authority.subject);
    expect(authority.issuer).toBe(authority.subject);
    expect(await signer.verify({ publicKey: authority.publicKey, signatureOnly: true })).toBe(true);
    expect(await authority.verify({ signatureOnly: true })).toBe(true);
  });

  it('gives the signing certificate the C2PA profile: digitalSignature, email/document signing, not a CA', async () => {
    const { signer, authority } = await createChain();
    const keyUsage = signer.getExtension(KeyUsagesExtension);
    expect(keyUsage?.critical).toBe(true);
    expect(keyUsage?.usages).toBe(KeyUsageFlags.digitalSignature);
    expect(signer.getExtension(ExtendedKeyUsageExtension)?.usages).toEqual(['1.3.6.1.5.5.7.3.4', '1.3.6.1.5.5.7.3.36']);
    expect(signer.getExtension(BasicConstraintsExtension)?.ca).toBe(false);
    expect(signer.getExtension(AuthorityKeyIdentifierExtension)?.keyId).toBe(authority.getExtension(SubjectKeyIdentifierExtension)?.keyId);
    expect(signer.publicKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    expect(signer.signatureAlgorithm).toMatchObject({ name: 'ECDSA', hash: { name: 'SHA-256' } });
  });

  it('limits the install CA to issuing certificates, one level deep', async () => {
    const { authority } = await createChain();
    const constraints = authority.getExtension(BasicConstraintsExtension);
    expect([constraints?.ca, constraints?.pathLength, constraints?.critical]).toEqual([true, 0, true]);
    expect(authority.getExtension(KeyUsagesExtension)?.usages).toBe(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign);
  });

  it('is valid from five minutes before the runtime clock for five years by default', async () => {
    const { signer } = await createChain();
    expect(signer.notBefore.toISOString()).toBe('2026-11-25T00:55:00.000Z');
    expect(signer.notAfter.toISOString()).toBe('2031-11-25T01:00:00.000Z');
  });

  it('honours the organisation and validity options', async () => {
    const identity = await createInstallSigningIdentity(runtime, { organization: 'Studio North', validForDays: 30 });
    const [block] = parsePem(identity.certificateChainPem);
    const signer = new X509Certificate((block?.der ?? new Uint8Array()) as Uint8Array<ArrayBuffer>);
    expect(signer.subject).toMatch(/^CN=Studio North install [0-9a-f]{8}, OU=Per-install key - not on a C2PA trust list, O=Studio North$/);
    expect(signer.notAfter.toISOString()).toBe('2026-12-25T01:00:00.000Z');
  });

  it('returns the signing key as a private EC JWK the host can keep in its secret store', async () => {
    const { privateKey } = await createChain();
    expect(typeof privateKey).toBe('object');
    expect(privateKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(typeof (privateKey as JsonWebKey).d).toBe('string');
  });

  it('makes a different key and serial number on every install', async () => {
    const first = await createChain();
    const second = await createChain();
    expect(first.signer.serialNumber).not.toBe(second.signer.serialNumber);
    expect((first.privateKey as JsonWebKey).d).not.toBe((second.privateKey as JsonWebKey).d);
  });
});
