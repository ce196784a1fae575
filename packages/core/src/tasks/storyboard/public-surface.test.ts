import { describe, expect, it } from 'vitest';
import * as tasksStoryboard from './index.js';

// The subpath @reelkit/core/tasks/storyboard: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/storyboard public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksStoryboard).sort()).toEqual([
      'findUnderspecifiedPeople',
      'peopleFromCast',
      'peopleFromEntries',
      'planStoryboard',
      'renderStoryboard',
    ]);
  });
});
