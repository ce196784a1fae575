import { ApiCallError } from '../../errors/api-call-error.js';
import type { FetchFunction } from '../../runtime/runtime.js';
import { readRetryAfterMs } from '../policy/retry-after.js';
import type { ProviderContext } from '../provider-context.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/**
 * The fetch handed to the replicate SDK. The SDK retries 429s (and 5xx on GET) up to five times with no wait at
 * all, ignoring `Retry-After`. This fetch turns such a response into a retryable ApiCallError carrying the
 * server's delay, and answers the SDK's immediate repeats of the same request (it reuses the same `init`
 * object) with that error without touching the network, so the call policy alone decides when to try again.
 * Connection failures and aborts are remembered the same way.
 */
export function createReplicateFetch(context: ProviderContext): FetchFunction {
  const verdicts = new WeakMap<object, unknown>();
  const remember = (init: RequestInit | undefined, error: unknown): never => {
    if (init !== undefined) verdicts.set(init, error);
    throw error;
  };
  return async (input, init) => {
    if (init !== undefined && verdicts.has(init)) throw verdicts.get(init);
    let response: Response;
    try {
      response = await context.policy.fetch(input, init);
    } catch (error) {
      // A reset or an abort is also retried by the SDK at once (a reset POST could create a duplicate prediction).
      return remember(init, error);
    }
    if (response.status !== 429 && response.status < 500) return response;
    const detail = await response.text().catch(() => '');
    const retryAfterMs = readRetryAfterMs(response.headers, context.runtime.now());
    const error = new ApiCallError({
      provider: context.provider,
      status: response.status,
      message: `${context.provider} answered ${response.status}${detail ? `: ${context.redact(detail.slice(0, 300))}` : ''}`,
      hint: response.status === 429 ? 'Rate limited; retried as the server asked. Try again later if it persists.' : 'The provider had a server error; try again shortly.',
      isRetryable: true,
      ...omitUndefined({ retryAfterMs }),
    });
    return remember(init, error);
  };
}
