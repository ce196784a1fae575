import { describe, expect, it } from 'vitest';
import * as models from './index.js';

// The subpath @reelkit/core/models: what a plugin may import from it. A change here is a change of the public API.
describe('models public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(models).sort()).toEqual([
      'addCost',
      'addUsage',
      'createObjectSchema',
      'defaultPriceTable',
      'estimateCost',
      'findModelPrice',
      'messageText',
      'noCost',
      'waitForJob',
    ]);
  });
});
