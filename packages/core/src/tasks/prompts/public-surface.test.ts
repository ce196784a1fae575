import { describe, expect, it } from 'vitest';
import * as tasksPrompts from './index.js';

// The subpath @reelkit/core/tasks/prompts: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/prompts public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksPrompts).sort()).toEqual([
      'adaptChapterPrompt',
      'beatOutlinePrompt',
      'characterBackgroundPrompt',
      'continuePrompt',
      'dialoguePrompt',
      'loglinePrompt',
      'plotTwistsPrompt',
      'promptParameters',
      'reimagineScenePrompt',
      'rewritePrompt',
      'sceneDescriptionPrompt',
      'storyIdeasPrompt',
    ]);
  });
});
