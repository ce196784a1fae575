import { describe, expect, it } from 'vitest';
import * as tasksRoughCut from './index.js';

// The subpath @reelkit/core/tasks/rough-cut: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/rough-cut public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksRoughCut).sort()).toEqual([
      'fillerPhrases',
      'fillerPhrasesFor',
      'findFillers',
      'findRetakes',
      'findSilences',
      'keptRanges',
      'planRoughCut',
      'primaryLanguage',
      'readPremiereTranscript',
      'selectCuts',
      'splitSpokenLines',
      'spokenTokens',
      'summarizeRoughCut',
      'tokenEditDistance',
      'tokenSimilarity',
    ]);
  });
});
