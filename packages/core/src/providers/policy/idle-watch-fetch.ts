import { TimeoutError } from '../../errors/timeout-error.js';
import type { FetchFunction } from '../../runtime/runtime.js';

const describe = (input: Parameters<FetchFunction>[0]): string => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    const { host, pathname } = new URL(url);
    return `Request to ${host}${pathname}`;
  } catch {
    return 'Request';
  }
};

/**
 * Wraps fetch so a response that stops arriving ends: if no headers, or no next body chunk, arrive within
 * `idleTimeoutMs` while someone is waiting for them, the request is aborted and the read fails with a
 * TimeoutError of kind `idle`. Streams and plain bodies are covered alike, whichever SDK reads them.
 */
export function createIdleWatchFetch(fetch: FetchFunction, idleTimeoutMs: number): FetchFunction {
  return async (input, init) => {
    const controller = new AbortController();
    const upstream = init?.signal;
    const forwardAbort = (): void => controller.abort(upstream?.reason);
    if (upstream?.aborted) forwardAbort();
    else upstream?.addEventListener('abort', forwardAbort, { once: true });

    const timeout = new TimeoutError('idle', idleTimeoutMs, describe(input));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(timeout), idleTimeoutMs);
    };
    const settle = (): void => {
      clearTimeout(timer);
      upstream?.removeEventListener('abort', forwardAbort);
    };
    const translate = (error: unknown): unknown => (controller.signal.reason === timeout ? timeout : error);

    arm();
    let response: Response;
    try {
      response = await fetch(input, { ...init, signal: controller.signal });
    } catch (error) {
      settle();
      throw translate(error);
    }
    clearTimeout(timer);
    if (response.body === null) {
      settle();
      return response;
    }
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(stream) {
        // Only a pending read is timed: a consumer that is slow to ask is not the server's fault.
        arm();
        try {
          const { done, value } = await reader.read();
          clearTimeout(timer);
          if (done) {
            settle();
            stream.close();
          } else stream.enqueue(value);
        } catch (error) {
          settle();
          stream.error(translate(error));
        }
      },
      cancel(reason) {
        settle();
        return reader.cancel(reason);
      },
    });
    const watched = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(watched, 'url', { value: response.url });
    return watched;
  };
}
