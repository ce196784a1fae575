import { describe, expect, it } from 'vitest';
import * as tasksCaptions from './index.js';

// The subpath @reelkit/core/tasks/captions: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/captions public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksCaptions).sort()).toEqual([
      'captionRuleFindings',
      'transcribeToCaptions',
    ]);
  });
});
