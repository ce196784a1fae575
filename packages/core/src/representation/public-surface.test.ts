import { describe, expect, it } from 'vitest';
import * as representation from './index.js';

// The subpath @reelkit/core/representation: what a plugin may import from it. A change here is a change of the public API.
describe('representation public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(representation).sort()).toEqual([
      'bechdelTest',
      'computeRepresentation',
      'confirmBechdel',
      'conversationChart',
      'countSpeakingCharacters',
      'createScreenplayReport',
      'dialogueShareChart',
      'escapeHtml',
      'formatGender',
      'formatPercent',
      'genderShareChart',
      'inferGenders',
      'normalizeGender',
      'plural',
      'proposeCast',
      'puddingWordThreshold',
      'readCast',
      'renderReportHtml',
      'reportGenerator',
      'resolveAttributes',
      'scenePresenceChart',
    ]);
  });
});
