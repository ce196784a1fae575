import { describe, expect, it } from 'vitest';
import * as providers from './index.js';

// The subpath @reelkit/core/providers: what a plugin may import from it. A change here is a change of the public API.
describe('providers public surface', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(providers).sort()).toEqual([
      'backoffDelay',
      'createCallMetadata',
      'createCallPolicy',
      'createConcurrencyLimiter',
      'createIdleWatchFetch',
      'createMemoryResponseCache',
      'createOpenAI',
      'createOpenAICompatible',
      'createProviderContext',
      'createReplicate',
      'defaultReplicateModels',
      'findReelkitError',
      'formatReplicateModelRef',
      'parseReplicateModelRef',
      'readRetryAfterMs',
      'responseCacheKey',
    ]);
  });
});
