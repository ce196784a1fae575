import { describe, expect, it } from 'vitest';
import * as tasksTranslation from './index.js';

// The subpath @reelkit/core/tasks/translation: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/translation public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksTranslation).sort()).toEqual([
      'checkGlossary',
      'glossaryFromEntries',
      'translateCaptions',
    ]);
  });
});
