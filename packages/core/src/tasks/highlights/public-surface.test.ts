import { describe, expect, it } from 'vitest';
import * as tasksHighlights from './index.js';

// The subpath @reelkit/core/tasks/highlights: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/highlights public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksHighlights).sort()).toEqual([
      'cosineSimilarity',
      'highlightSegmentsFromScreenplay',
      'highlightSegmentsFromTranscript',
      'planHighlights',
      'rankByMmr',
    ]);
  });
});
