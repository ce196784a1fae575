import { describe, expect, it } from 'vitest';
import * as originality from './index.js';

// The subpath @reelkit/core/originality: what a plugin may import from it. A change here is a change of the public API.
describe('originality public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(originality).sort()).toEqual([
      'findVerbatimOverlaps',
      'originalityFindings',
    ]);
  });
});
