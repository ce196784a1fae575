import { ApiCallError } from '../../errors/api-call-error.js';
import { TimeoutError } from '../../errors/timeout-error.js';
import type { FetchFunction } from '../../runtime/runtime.js';

const describe = (input: Parameters<FetchFunction>[0]): { readonly operation: string; readonly host: string } => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    const { host, pathname } = new URL(url);
    return { operation: `Request to ${host}${pathname}`, host };
  } catch {
    return { operation: 'Request', host: 'the server' };
  }
};

/** The two waits a response is timed by. */
export interface ResponseTimeLimits {
  /** From sending the request to its headers; a non-streaming generation spends all of its time here. */
  readonly firstByteTimeoutMs: number;
  /** Between body chunks once the headers came, while someone is waiting for the next one. */
  readonly idleTimeoutMs: number;
}

/**
 * Wraps fetch so a response that stops arriving ends. Headers that do not come within `firstByteTimeoutMs` fail
 * the request with a TimeoutError of kind `first-byte`; a body whose next chunk does not come within
 * `idleTimeoutMs` fails the read with kind `idle`. A body cut off by the peer (socket closed) fails the read with a
 * retryable `connection_failed` ApiCallError. Streams and plain bodies are covered alike, whichever SDK reads them.
 */
export function createIdleWatchFetch(fetch: FetchFunction, limits: ResponseTimeLimits): FetchFunction {
  return async (input, init) => {
    const controller = new AbortController();
    const upstream = init?.signal;
    const forwardAbort = (): void => controller.abort(upstream?.reason);
    if (upstream?.aborted) forwardAbort();
    else upstream?.addEventListener('abort', forwardAbort, { once: true });

    const { operation, host } = describe(input);
    let timeout = new TimeoutError('first-byte', limits.firstByteTimeoutMs, operation);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (ms: number): void => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(timeout), ms);
    };
    const settle = (): void => {
      clearTimeout(timer);
      upstream?.removeEventListener('abort', forwardAbort);
    };
    const translate = (error: unknown): unknown => (controller.signal.reason === timeout ? timeout : error);

    arm(limits.firstByteTimeoutMs);
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
    timeout = new TimeoutError('idle', limits.idleTimeoutMs, operation);
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(stream) {
        // Only a pending read is timed: a consumer that is slow to ask is not the server's fault.
        arm(limits.idleTimeoutMs);
        try {
          const { done, value } = await reader.read();
          clearTimeout(timer);
          if (done) {
            settle();
            stream.close();
          } else stream.enqueue(value);
        } catch (error) {
          settle();
          stream.error(controller.signal.aborted ? translate(error) : cutOff(host, error));
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

/** A body the peer stopped sending (socket closed midway): retryable, as no caller has seen a part of it yet. */
const cutOff = (host: string, error: unknown): ApiCallError =>
  new ApiCallError({
    provider: host,
    message: `The connection to ${host} closed before the response was complete.`,
    hint: 'The server may have restarted or crashed mid-answer; try again.',
    isRetryable: true,
    cause: error,
  });
