import type { FetchFunction } from '@reelkit/core/runtime';
import type { StorySettings } from '../story-settings.js';
import { guardLocalFetch } from './guard-local-fetch.js';

/**
 * The fetch of the session's one runtime, under every provider and check: while the current settings say local-only,
 * each request goes through `guardLocalFetch`. The settings are read per request, so turning the switch on holds for
 * models and call policies built before it was turned on.
 */
export function createSessionFetch(fetch: FetchFunction, settings: () => Pick<StorySettings, 'localOnly' | 'allowedLanHosts'>): FetchFunction {
  return (input, init) => {
    const { localOnly, allowedLanHosts } = settings();
    return localOnly ? guardLocalFetch(fetch, allowedLanHosts)(input, init) : fetch(input, init);
  };
}
