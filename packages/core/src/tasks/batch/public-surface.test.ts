import { describe, expect, it } from 'vitest';
import * as tasksBatch from './index.js';

// The subpath @reelkit/core/tasks/batch: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/batch public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksBatch).sort()).toEqual([
      'collectGuardedBatch',
      'sceneDescriptionBatchItems',
      'submitGuardedBatch',
    ]);
  });
});
