import { describe, expect, it } from 'vitest';
import * as breakdown from './index.js';

// The subpath @reelkit/core/breakdown: what a plugin may import from it. A change here is a change of the public API.
describe('breakdown public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(breakdown).sort()).toEqual(['breakdownCsv', 'breakdownReportSection', 'createBreakdown', 'formatEighths']);
  });
});
