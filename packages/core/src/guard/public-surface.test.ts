import { describe, expect, it } from 'vitest';
import * as guard from './index.js';

// The subpath @reelkit/core/guard: what a plugin may import from it. A change here is a change of the public API.
describe('guard public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(guard).sort()).toEqual([
      'createFountainLanguageCheck',
      'createGuard',
      'createLanguageCheck',
      'createModerationCheck',
      'createOriginalityCheck',
      'deliverMedia',
      'guardEmbeddingModel',
      'guardImageModel',
      'guardJobModel',
      'guardSpeechModel',
      'guardTextModel',
      'guardTranscriptionModel',
      'guardedMark',
      'isGuarded',
      'promptText',
      'recordGeneration',
      'recordMediaEvent',
      'runTextChecks',
      'signMediaFile',
    ]);
  });
});
