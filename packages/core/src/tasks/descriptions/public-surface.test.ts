import { describe, expect, it } from 'vitest';
import * as tasksDescriptions from './index.js';

// The subpath @reelkit/core/tasks/descriptions: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/descriptions public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksDescriptions).sort()).toEqual([
      'defaultDescriptionWordsPerSecond',
      'describeFrames',
      'estimateSpeechSeconds',
      'findDialogueGaps',
    ]);
  });
});
