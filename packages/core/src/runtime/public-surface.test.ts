import { describe, expect, it } from 'vitest';
import * as runtime from './index.js';

// The subpath @reelkit/core/runtime: what a plugin may import from it. A change here is a change of the public API.
describe('runtime public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(runtime).sort()).toEqual([
      'abortableSleep',
      'base64ToBytes',
      'bytesToBase64',
      'canonicalJson',
      'createHasher',
      'createLeveledLogger',
      'createRuntime',
      'createSecretRedactor',
      'omitUndefined',
      'silentLogger',
      'sniffMediaType',
    ]);
  });
});
