export { backoffDelay, type BackoffSettings } from './backoff-delay.js';
export { createCallPolicy, type CachedValue, type CallPolicy, type CallPolicySettings, type PolicyCall } from './call-policy.js';
export { createConcurrencyLimiter, type ConcurrencyLimiter } from './concurrency-limiter.js';
export { findReelkitError } from './find-reelkit-error.js';
export { createIdleWatchFetch } from './idle-watch-fetch.js';
export { createMemoryResponseCache, responseCacheKey, type ResponseCache } from './response-cache.js';
export { readRetryAfterMs, type HeaderReader } from './retry-after.js';
