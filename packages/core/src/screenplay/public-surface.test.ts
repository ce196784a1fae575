import { describe, expect, it } from 'vitest';
import * as screenplay from './index.js';

// The subpath @reelkit/core/screenplay: what a plugin may import from it. A change here is a change of the public API.
describe('screenplay public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(screenplay).sort()).toEqual([
      'parseFountain',
      'updateScreenplay',
      'writeElement',
      'writeFountain',
    ]);
  });
});
