import { describe, expect, it } from 'vitest';
import * as tasksScene from './index.js';

// The subpath @reelkit/core/tasks/scene: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/scene public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksScene).sort()).toEqual([
      'readSceneInput',
      'sceneDurationSeconds',
      'sceneFountain',
      'secondsPerEighth',
    ]);
  });
});
