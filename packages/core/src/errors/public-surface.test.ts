import { describe, expect, it } from 'vitest';
import * as errors from './index.js';

// The subpath @reelkit/core/errors: what a plugin may import from it. A change here is a change of the public API.
describe('errors public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(errors).sort()).toEqual([
      'AbortError',
      'ApiCallError',
      'InvalidResponseError',
      'MissingApiKeyError',
      'ReelkitError',
      'SchemaMismatchError',
      'TimeoutError',
      'UnsupportedCapabilityError',
    ]);
  });
});
