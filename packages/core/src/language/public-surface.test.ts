import { describe, expect, it } from 'vitest';
import * as language from './index.js';

// The subpath @reelkit/core/language: what a plugin may import from it. A change here is a change of the public API.
describe('language public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(language).sort()).toEqual([
      'createLanguageLinter',
      'languageRules',
      'lintProse',
    ]);
  });
});
