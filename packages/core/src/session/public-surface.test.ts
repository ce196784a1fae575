import { describe, expect, it } from 'vitest';
import * as session from './index.js';

// The subpath @reelkit/core/session: what a plugin may import from it. A change here is a change of the public API.
describe('session public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(session).sort()).toEqual([
      'createInstallKeys',
      'createProviderModels',
      'createSessionChecks',
      'defaultCheckSettings',
      'defaultInstallKeyNames',
    ]);
  });
});
