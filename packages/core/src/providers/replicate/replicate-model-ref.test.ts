import { describe, expect, it } from 'vitest';
import { formatReplicateModelRef, parseReplicateModelRef } from './replicate-model-ref.js';

const version = 'a'.repeat(64);

describe('parseReplicateModelRef', () => {
  it('reads a latest-version slug and a pinned one', () => {
    expect(parseReplicateModelRef('meta/musicgen')).toEqual({ owner: 'meta', name: 'musicgen' });
    expect(parseReplicateModelRef(`black-forest-labs/flux.1-dev:${version}`)).toEqual({ owner: 'black-forest-labs', name: 'flux.1-dev', version });
    expect(formatReplicateModelRef(parseReplicateModelRef(`meta/musicgen:${version}`))).toBe(`meta/musicgen:${version}`);
  });
  it('rejects a malformed slug with a typed error that says how to write it', () => {
    expect(() => parseReplicateModelRef('musicgen')).toThrow(/is not a Replicate model\. Write it as owner\/name/);
    expect(() => parseReplicateModelRef('meta/musicgen:v2')).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
