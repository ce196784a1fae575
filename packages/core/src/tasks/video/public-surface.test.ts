import { describe, expect, it } from 'vitest';
import * as tasksVideo from './index.js';

// The subpath @reelkit/core/tasks/video: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/video public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksVideo).sort()).toEqual([
      'collectVideoOperation',
      'estimateVideoOperationCost',
      'submitVideoOperation',
    ]);
  });
});
