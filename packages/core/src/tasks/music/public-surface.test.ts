import { describe, expect, it } from 'vitest';
import * as tasksMusic from './index.js';

// The subpath @reelkit/core/tasks/music: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/music public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksMusic).sort()).toEqual([
      'collectMusicCue',
      'planMusicCue',
      'submitMusicCue',
    ]);
  });
});
