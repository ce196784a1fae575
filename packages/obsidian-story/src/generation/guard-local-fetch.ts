import type { FetchFunction } from '@reelkit/core/runtime';
import { endpointLocality, hostOf } from './local-endpoint.js';
import { LocalOnlyError } from './local-only-error.js';

const reasons = { remote: 'it is not on this machine or a private network', 'not-allowed-lan': 'this private-network host is not in the allowed list', invalid: 'the address does not parse' } as const;

/**
 * Wraps a fetch so that, in local-only mode, no request leaves for a non-local endpoint whatever built it: the
 * provider is checked when it is created, and every request again here (defence in depth, e.g. against a redirect
 * target or an SDK that adds its own URLs).
 */
export function guardLocalFetch(fetch: FetchFunction, allowedLanHosts: readonly string[]): FetchFunction {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const locality = endpointLocality(url, allowedLanHosts);
    if (locality === 'loopback' || locality === 'allowed-lan') return fetch(input, init);
    return Promise.reject(new LocalOnlyError(hostOf(url) ?? '', reasons[locality]));
  };
}
