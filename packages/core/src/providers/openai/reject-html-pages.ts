import { InvalidResponseError } from '../../errors/invalid-response-error.js';
import type { FetchFunction } from '../../runtime/runtime.js';

/**
 * Wraps fetch so a successful answer that is an HTML page fails with a clear InvalidResponseError. No endpoint of
 * an OpenAI-style API answers HTML; a page means the base URL points at a web UI, a login portal or a proxy (a
 * local server's home page is the usual case: the URL lacks its `/v1`). The SDK would hand the page on as text.
 */
export function rejectHtmlPages(fetch: FetchFunction, provider: string): FetchFunction {
  return async (input, init) => {
    const response = await fetch(input, init);
    const contentType = response.headers.get('content-type') ?? '';
    if (!response.ok || !/^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)) return response;
    await response.body?.cancel().catch(() => undefined);
    throw new InvalidResponseError(
      provider,
      `the server answered ${response.status} with an HTML page (${contentType.split(';')[0]}) instead of the API's JSON; check the base URL (for most local servers it ends in /v1).`,
    );
  };
}
