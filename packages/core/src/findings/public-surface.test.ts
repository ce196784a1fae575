import { describe, expect, it } from 'vitest';
import * as findings from './index.js';

// The subpath @reelkit/core/findings: what a plugin may import from it. A change here is a change of the public API.
describe('findings public surface', () => {
  it('exports exactly these values', () => {
    // Types only (erased at run time): the surface holds no values.
    expect(Object.keys(findings).sort()).toEqual([]);
  });
});
