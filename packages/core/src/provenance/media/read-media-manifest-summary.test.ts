import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../runtime/runtime.js';
import { createTinyPng } from '../../testing/tiny-png.js';
import { createTinyWav } from '../../testing/tiny-wav.js';
import { claimSignatureOffset, flipByte } from './__fixtures__/signed-media-offsets.js';
import { createInstallSigningIdentity } from './create-install-signing-identity.js';
import { createMediaSigner } from './create-media-signer.js';
import { readMediaManifestSummary } from './read-media-manifest-summary.js';
import { signGeneratedMedia } from './sign-generated-media.js';

const runtime = createRuntime();
let signedPng: Uint8Array;
let label: string;

beforeAll(async () => {
  const signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
  signedPng = await signGeneratedMedia(new Uint8Array(createTinyPng()), 'image/png', {
    signer,
    provider: 'openai',
    model: 'gpt-image-1',
    createdAt: new Date('2026-11-25T01:00:00.000Z'),
  });
  label = (await readMediaManifestSummary(signedPng))?.activeManifest?.label ?? '';
});

describe('readMediaManifestSummary', () => {
  it('is undefined for media without Content Credentials', async () => {
    expect(await readMediaManifestSummary(new Uint8Array(createTinyPng()))).toBeUndefined();
    expect(await readMediaManifestSummary(new Uint8Array(createTinyWav()), 'audio/x-wav')).toBeUndefined();
  });

  it('reports a data-hash mismatch when one pixel byte changes', async () => {
    const pixels = Buffer.from(signedPng).indexOf('IDAT') + 6;
    const summary = await readMediaManifestSummary(flipByte(signedPng, pixels));
    expect(summary?.validation).toEqual({
      intact: false,
      failures: [{ code: 'assertion.dataHash.mismatch', url: `self#jumbf=/c2pa/${label}/c2pa.assertions/c2pa.hash.data` }],
      signerTrust: 'not-checked',
    });
  });

  it('reports a claim-signature mismatch when one byte of the signature changes', async () => {
    const summary = await readMediaManifestSummary(flipByte(signedPng, claimSignatureOffset(signedPng, 'image/png') + 20));
    expect(summary?.validation).toEqual({
      intact: false,
      failures: [{ code: 'claimSignature.mismatch', url: `self#jumbf=/c2pa/${label}/c2pa.signature` }],
      signerTrust: 'not-checked',
    });
  });

  it('reports, not throws, when the manifest store itself is damaged', async () => {
    const storeStart = Buffer.from(signedPng).indexOf('jumb');
    const summary = await readMediaManifestSummary(flipByte(signedPng, storeStart + 1));
    expect(summary?.activeManifest).toBeUndefined();
    expect(summary?.validation.intact).toBe(false);
    // c2pa-ts cannot parse the JUMBF box and maps that to C2PA's catch-all status.
    expect(summary?.validation.failures).toEqual([{ code: 'general.error', explanation: 'Internal error (Error)' }]);
  });
});
