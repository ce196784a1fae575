import { describe, expect, it } from 'vitest';
import * as text from './index.js';

// The subpath @reelkit/core/text: what a plugin may import from it. A change here is a change of the public API.
describe('text public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(text).sort()).toEqual([
      'createLineIndex',
      'partitionPoint',
      'positionAt',
      'wordTokens',
    ]);
  });
});
