import { describe, expect, it } from 'vitest';
import * as tasksScriptAssembly from './index.js';

// The subpath @reelkit/core/tasks/script-assembly: what a plugin may import from it. A change here is a change of the public API.
describe('tasks/script-assembly public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(tasksScriptAssembly).sort()).toEqual(['assignVoices', 'attributeSpokenLines', 'characterAt', 'matchScriptLines', 'planScriptAssembly', 'scriptLines']);
  });
});
