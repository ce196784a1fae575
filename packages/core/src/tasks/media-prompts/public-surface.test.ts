import { describe, expect, it } from 'vitest';
import * as tasksMediaPrompts from './index.js';

// The subpath @reelkit/core/tasks/media-prompts: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/media-prompts public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksMediaPrompts).sort()).toEqual([
      'describeFramePrompt',
      'musicCuePrompt',
      'sceneDescriptionBatchPrompt',
      'shortenDescriptionPrompt',
      'shotAngles',
      'shotMovements',
      'shotSizes',
      'storyboardShotListPrompt',
      'translateCuesPrompt',
    ]);
  });
});
