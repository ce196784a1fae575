import { describe, expect, it } from 'vitest';
import { createRuntime } from '@reelkit/core/runtime';
import { issueCaIdentity } from '../../packages/core/src/provenance/media/__fixtures__/issue-ca-identity.js';
import { createMediaSigner, signGeneratedMedia } from '../../packages/core/src/provenance/media/index.js';
import { readWithC2paNode } from './read-with-c2pa-node.js';
import { sampleMedia } from './sample-media.js';

describe('a certificate the user brings from their CA', () => {
  it.each(['P-256', 'P-384'] as const)('signs with an EC %s key that c2pa-node trusts when its CA is a trust anchor', async (curve) => {
    const { identity, authorityPem } = await issueCaIdentity(curve);
    const signer = await createMediaSigner({ runtime: createRuntime(), identity });
    const jpeg = sampleMedia.find((sample) => sample.name === 'JPEG');
    if (jpeg === undefined) throw new Error('No JPEG sample.');
    const signed = await signGeneratedMedia(jpeg.bytes, jpeg.mimeType, { signer, provider: 'replicate', model: 'black-forest-labs/flux-schnell', createdAt: new Date() });

    const withoutAnchor = await readWithC2paNode(signed, jpeg.mimeType);
    expect(withoutAnchor.failures).toEqual(['signingCredential.untrusted']);
    const anchored = await readWithC2paNode(signed, jpeg.mimeType, authorityPem);
    expect(anchored.state).toBe('Trusted');
    expect(anchored.failures).toEqual([]);
    expect(anchored.actions).toMatchObject([{ action: 'c2pa.created', softwareAgent: { name: 'replicate/black-forest-labs/flux-schnell' } }]);
  });
});
