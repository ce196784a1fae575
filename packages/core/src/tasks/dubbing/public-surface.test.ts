import { describe, expect, it } from 'vitest';
import * as tasksDubbing from './index.js';

// The subpath @reelkit/core/tasks/dubbing: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/dubbing public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksDubbing).sort()).toEqual([
      'dubCues',
      'readAudioDuration',
    ]);
  });
});
