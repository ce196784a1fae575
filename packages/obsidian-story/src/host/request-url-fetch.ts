import type { FetchFunction } from '@reelkit/core/runtime';
import type { RequestUrlParam, RequestUrlResponse } from 'obsidian';
import { toFetchResponse } from './to-fetch-response.js';
import { toRequestUrlParam } from './to-request-url-param.js';

/** Obsidian's `requestUrl`, as far as the fetch needs it (injected so tests need no Obsidian). */
export type RequestUrlFunction = (request: RequestUrlParam) => Promise<RequestUrlResponse>;

const abortError = (signal: AbortSignal): Error => (signal.reason instanceof Error ? signal.reason : new DOMException('The request was aborted.', 'AbortError'));

/**
 * A WHATWG fetch over Obsidian's `requestUrl` (no CORS limits, works on mobile). `requestUrl` buffers the whole body
 * and cannot be cancelled, so a stream arrives at once and an abort rejects immediately while the late response is
 * ignored.
 */
export function createRequestUrlFetch(requestUrl: RequestUrlFunction): FetchFunction {
  return async (input, init) => {
    const request = new Request(input, init);
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) throw abortError(signal);
    const param = await toRequestUrlParam(request);
    const response = requestUrl(param).then((raw) => toFetchResponse(raw, request.url));
    if (signal === undefined || signal === null) return response;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => reject(abortError(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      response.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}
