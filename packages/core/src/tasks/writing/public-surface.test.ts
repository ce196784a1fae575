import { describe, expect, it } from 'vitest';
import * as tasksWriting from './index.js';

// The subpath @reelkit/core/tasks/writing: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/writing public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksWriting).sort()).toEqual([
      'InvalidTaskInputError',
      'PromptTemplateError',
      'UnknownCharacterError',
      'adaptChapter',
      'continueScript',
      'describeScene',
      'extractFountain',
      'formatBeatOutline',
      'generateBeatOutline',
      'generateCharacterBackground',
      'generateLoglines',
      'generatePlotTwists',
      'generateStoryIdeas',
      'invalidFountainRuleId',
      'reimagineScene',
      'renderPrompt',
      'renderTemplateText',
      'rewriteSelection',
      'streamContinuation',
      'writeDialogue',
    ]);
  });
});
