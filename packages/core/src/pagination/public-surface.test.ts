import { describe, expect, it } from 'vitest';
import * as pagination from './index.js';

// The subpath @reelkit/core/pagination: what a plugin may import from it. A change here is a change of the public API.
describe('pagination public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(pagination).sort()).toEqual(['characterColumns', 'computeStatistics', 'pageGeometry', 'paginateScreenplay', 'textColumns']);
  });
});
