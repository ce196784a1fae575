import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '@reelkit/core/runtime';
// The media folder's own surface: the suite does not depend on how provenance/index.ts re-exports it.
import {
  createInstallSigningIdentity,
  createMediaSigner,
  signGeneratedMedia,
  type MediaSigner,
  type MediaSigningIdentity,
} from '../../packages/core/src/provenance/media/index.js';
import { claimSignatureOffset, flipByte } from '../../packages/core/src/provenance/media/__fixtures__/signed-media-offsets.js';
import { readWithC2paNode } from './read-with-c2pa-node.js';
import { sampleMedia } from './sample-media.js';

const trainedAlgorithmicMedia = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';
const createdAt = new Date('2026-11-25T01:00:00.000Z');

/** The install CA: the second certificate of a per-install chain. */
const authorityPem = (of: MediaSigningIdentity): string => {
  const endOfSigner = of.certificateChainPem.indexOf('-----END CERTIFICATE-----\n') + '-----END CERTIFICATE-----\n'.length;
  return of.certificateChainPem.slice(endOfSigner);
};

let identity: MediaSigningIdentity;
let signer: MediaSigner;

beforeAll(async () => {
  const runtime = createRuntime();
  identity = await createInstallSigningIdentity(runtime);
  signer = await createMediaSigner({ runtime, identity });
});

describe.each(sampleMedia)('$name signed by Reelkit, validated by c2pa-node (c2pa-rs)', ({ name, mimeType, bytes, mediaDataOffset }) => {
  let signed: Uint8Array;

  beforeAll(async () => {
    signed = await signGeneratedMedia(bytes, mimeType, { signer, provider: 'openai', model: 'gpt-image-1', createdAt, title: `tiny.${name.toLowerCase()}` });
  });

  it('has an embedded, intact manifest whose only failure is the untrusted per-install signer', async () => {
    const verdict = await readWithC2paNode(signed, mimeType);
    expect([verdict.embedded, verdict.title, verdict.claimGenerator]).toEqual([true, `tiny.${name.toLowerCase()}`, 'Reelkit']);
    // c2pa-rs calls a manifest with no integrity failures `Valid` even when the signer is untrusted; `Trusted` needs trust.
    expect(verdict.state).toBe('Valid');
    expect(verdict.failures).toEqual(['signingCredential.untrusted']);
    expect(verdict.successes).toEqual([
      'assertion.dataHash.match',
      'assertion.hashedURI.match',
      'claimSignature.insideValidity',
      'claimSignature.validated',
    ]);
  });

  it('records c2pa.created by the model, with trainedAlgorithmicMedia as source type', async () => {
    const verdict = await readWithC2paNode(signed, mimeType);
    expect(verdict.actions).toEqual([
      {
        action: 'c2pa.created',
        digitalSourceType: trainedAlgorithmicMedia,
        softwareAgent: { name: 'openai/gpt-image-1' },
        when: '2026-11-25T01:00:00.000Z',
      },
    ]);
  });

  it('is trusted once the validator trusts the install CA, which only a recognised CA gives in practice', async () => {
    const verdict = await readWithC2paNode(signed, mimeType, authorityPem(identity));
    expect(verdict.state).toBe('Trusted');
    expect(verdict.failures).toEqual([]);
    expect(verdict.successes).toContain('signingCredential.trusted');
  });

  it('stays untrusted when the validator trusts only some other CA', async () => {
    const stranger = await createInstallSigningIdentity(createRuntime());
    const verdict = await readWithC2paNode(signed, mimeType, authorityPem(stranger));
    expect(verdict.state).toBe('Valid');
    expect(verdict.failures).toEqual(['signingCredential.untrusted']);
  });

  it('reports a data-hash mismatch when one byte of the media data flips', async () => {
    const verdict = await readWithC2paNode(flipByte(signed, mediaDataOffset(signed)), mimeType);
    expect(verdict.state).toBe('Invalid');
    expect(verdict.failures).toEqual(['assertion.dataHash.mismatch', 'signingCredential.untrusted']);
  });

  it('reports a claim-signature mismatch when one byte of the signature flips', async () => {
    const verdict = await readWithC2paNode(flipByte(signed, claimSignatureOffset(signed, mimeType) + 20), mimeType);
    expect(verdict.state).toBe('Invalid');
    expect(verdict.failures).toEqual(['claimSignature.mismatch', 'signingCredential.untrusted']);
  });
});
