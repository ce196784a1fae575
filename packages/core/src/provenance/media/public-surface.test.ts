import { describe, expect, it } from 'vitest';
import * as provenanceMedia from './index.js';

// The subpath @reelkit/core/provenance/media: what a plugin may import from it. A change here is a change of the public API.
describe('provenance/media public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(provenanceMedia).sort()).toEqual([
      'InvalidSigningIdentityError',
      'createInstallSigningIdentity',
      'createMediaSigner',
      'readMediaManifestSummary',
      'signGeneratedMedia',
      'signableMediaTypes',
      'toSignableMediaType',
    ]);
  });
});
