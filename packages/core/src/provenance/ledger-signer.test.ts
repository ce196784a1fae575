import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemorySigningKeyStore, jwkThumbprint, loadLedgerSigner, verifySignature } from './ledger-signer.js';

const subtle = webcrypto.subtle as SubtleCrypto;

describe('loadLedgerSigner', () => {
  it('generates a key on first use, saves it, and reuses it afterwards', async () => {
    const store = createMemorySigningKeyStore();
    const first = await loadLedgerSigner(store, subtle);
    const saved = await store.load();
    expect(saved?.publicKey).toEqual(first.publicKey);
    expect(saved?.privateKey.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const second = await loadLedgerSigner(store, subtle);
    expect(second.keyId).toBe(first.keyId);
    const signature = await first.sign('head');
    expect(await verifySignature(second.publicKey, 'head', signature, subtle)).toBe(true);
    expect(await verifySignature(second.publicKey, 'head!', signature, subtle)).toBe(false);
    expect(await verifySignature(second.publicKey, 'head', 'not base64 at all!', subtle)).toBe(false);
  });

  it('names keys by their RFC 7638 thumbprint', async () => {
    const { publicKey, keyId } = await loadLedgerSigner(createMemorySigningKeyStore(), subtle);
    const members = `{"crv":"P-256","kty":"EC","x":"${publicKey.x}","y":"${publicKey.y}"}`;
    expect(keyId).toBe(createHash('sha256').update(members).digest('base64url'));
    expect(await jwkThumbprint(publicKey, subtle)).toBe(keyId);
  });

  it('refuses a stored key it cannot read, with a typed error', async () => {
    const store = createMemorySigningKeyStore({ privateKey: { kty: 'EC', crv: 'P-256', d: 'bad' }, publicKey: { kty: 'EC', crv: 'P-256', x: 'a', y: 'b' } });
    await expect(loadLedgerSigner(store, subtle)).rejects.toMatchObject({ name: 'LedgerError', reason: 'invalid-key', message: expect.stringContaining('The stored provenance signing key cannot be read.') });
  });
});
