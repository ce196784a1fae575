import { AbortError } from '../../errors/abort-error.js';
import { ApiCallError } from '../../errors/api-call-error.js';
import { ReelkitError } from '../../errors/reelkit-error.js';
import { TimeoutError } from '../../errors/timeout-error.js';
import type { FetchFunction, Runtime } from '../../runtime/runtime.js';
import { backoffDelay } from './backoff-delay.js';
import { createConcurrencyLimiter } from './concurrency-limiter.js';
import { findReelkitError } from './find-reelkit-error.js';
import { createIdleWatchFetch } from './idle-watch-fetch.js';
import { responseCacheKey, type ResponseCache } from './response-cache.js';

/**
 * How every provider call is made. All fields optional; the defaults suit interactive use against a cloud API and
 * a local model on a CPU alike:
 *
 * | limit | default | what it bounds |
 * |---|---|---|
 * | `firstByteTimeoutMs` | 5 min | request sent -> response headers; a non-streaming generation spends all its time here |
 * | `idleTimeoutMs` | 60 s | silence between two chunks of a body that has started (a stream between tokens) |
 * | `totalTimeoutMs` | 10 min | the whole call, retries and waits included |
 *
 * Timeouts are never retried: a server that took that long may still be generating, and a second request would
 * start the same generation again. Connection failures, 408/409/429 and transient 5xx are retried.
 */
export interface CallPolicySettings {
  /** Retries after the first attempt for retryable failures (429, transient 5xx, resets). Default 2. */
  readonly maxRetries?: number;
  /** First backoff delay; doubles per retry, with jitter. Default 500 ms. */
  readonly initialDelayMs?: number;
  /** Cap of a computed backoff delay. Default 20 s. */
  readonly maxDelayMs?: number;
  /** A server asking to wait longer than this fails the call at once instead of blocking the user. Default 60 s. */
  readonly maxRetryAfterMs?: number;
  /** The whole call, retries included. Default 10 min. */
  readonly totalTimeoutMs?: number;
  /** Longest wait for a response's headers. Default 5 min (a local model generating a capped answer on a CPU). */
  readonly firstByteTimeoutMs?: number;
  /** Longest silence between body chunks once the headers came. Default 60 s. */
  readonly idleTimeoutMs?: number;
  /** Calls in flight at once per policy. Default 4. */
  readonly maxConcurrency?: number;
  /** Opt-in response cache; off unless given. */
  readonly cache?: ResponseCache;
}

/** One call made under the policy. */
export interface PolicyCall<T> {
  /** For messages, e.g. "OpenAI chat completion". */
  readonly operation: string;
  readonly signal?: AbortSignal | undefined;
  /** One try; must pass `signal` on to the SDK. */
  attempt(signal: AbortSignal): Promise<T>;
  /** Turns an SDK error into a Reelkit error (ApiCallError when it is about the API). */
  normalizeError(error: unknown): ReelkitError;
}

/** A value and whether it came from the cache. */
export interface CachedValue<T> {
  readonly value: T;
  readonly fromCache: boolean;
}

/** The one call policy every provider runs through. */
export interface CallPolicy {
  /** Fetch that enforces the first-byte and idle timeouts; give it to the SDKs. */
  readonly fetch: FetchFunction;
  /** The limits in force, with defaults filled in (for messages and error mapping). */
  readonly limits: Readonly<Required<Pick<CallPolicySettings, 'firstByteTimeoutMs' | 'idleTimeoutMs' | 'totalTimeoutMs'>>>;
  execute<T>(call: PolicyCall<T>): Promise<T>;
  /** Streams parts; retries only until the first part arrives (later parts cannot be replayed). */
  executeStream<T>(call: PolicyCall<AsyncIterable<T>>): AsyncIterable<T>;
  /** Returns the cached value for `request` when caching is on, else computes and stores it. */
  cached<T>(request: unknown, compute: () => Promise<T>): Promise<CachedValue<T>>;
}

/** Creates a call policy over a runtime. */
export function createCallPolicy(runtime: Runtime, settings: CallPolicySettings = {}): CallPolicy {
  const maxRetries = settings.maxRetries ?? 2;
  const backoff = { initialDelayMs: settings.initialDelayMs ?? 500, maxDelayMs: settings.maxDelayMs ?? 20_000 };
  const maxRetryAfterMs = settings.maxRetryAfterMs ?? 60_000;
  const totalTimeoutMs = settings.totalTimeoutMs ?? 600_000;
  const limits = { firstByteTimeoutMs: settings.firstByteTimeoutMs ?? 300_000, idleTimeoutMs: settings.idleTimeoutMs ?? 60_000, totalTimeoutMs };
  const limiter = createConcurrencyLimiter(settings.maxConcurrency ?? 4);
  const { logger } = runtime;

  /** A signal that aborts on the caller's abort or the total timeout, with the reason already typed. */
  const openScope = (call: PolicyCall<unknown>): { signal: AbortSignal; close: () => void } => {
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(new AbortError(call.operation, call.signal?.reason));
    if (call.signal?.aborted) onAbort();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new TimeoutError('total', totalTimeoutMs, call.operation)), totalTimeoutMs);
    return {
      signal: controller.signal,
      close: () => {
        clearTimeout(timer);
        call.signal?.removeEventListener('abort', onAbort);
      },
    };
  };

  /** The error to surface for a failed attempt: the scope's own reason wins over whatever the SDK made of it. */
  const classify = (call: PolicyCall<unknown>, signal: AbortSignal, error: unknown): ReelkitError => {
    if (signal.aborted && ReelkitError.isInstance(signal.reason)) return signal.reason;
    return findReelkitError(error) ?? call.normalizeError(error);
  };

  /** How long to wait before retry number `retry`, or undefined when the error must surface now. */
  const retryDelay = (error: ReelkitError, retry: number): number | undefined => {
    // Not timeouts: the server may still be generating, and a retry would start the same generation again.
    if (!ApiCallError.isInstance(error) || !error.isRetryable || retry >= maxRetries) return undefined;
    const asked = ApiCallError.isInstance(error) ? error.retryAfterMs : undefined;
    if (asked !== undefined && asked > maxRetryAfterMs) return undefined;
    return asked ?? backoffDelay(retry, backoff, runtime.random);
  };

  const withRetries = async <T>(call: PolicyCall<unknown>, signal: AbortSignal, attempt: () => Promise<T>): Promise<T> => {
    for (let retry = 0; ; retry += 1) {
      try {
        if (signal.aborted) throw signal.reason;
        const value = await attempt();
        // Some SDKs resolve on abort (replicate's run() gives undefined): an abort must always reject.
        if (signal.aborted) throw signal.reason;
        return value;
      } catch (caught) {
        const error = classify(call, signal, caught);
        const delay = retryDelay(error, retry);
        if (delay === undefined) throw error;
        logger.warn(`${call.operation} failed; retrying`, { code: error.code, retry: retry + 1, delayMs: Math.round(delay) });
        try {
          await runtime.sleep(delay, signal);
        } catch (sleepError) {
          throw classify(call, signal, sleepError);
        }
      }
    }
  };

  return {
    fetch: createIdleWatchFetch(runtime.fetch, limits),
    limits,

    async execute<T>(call: PolicyCall<T>): Promise<T> {
      const scope = openScope(call);
      try {
        const attemptWhenFree = (): Promise<T> =>
          limiter.run(async () => {
            // The caller may have aborted while this attempt waited for a slot.
            if (scope.signal.aborted) throw scope.signal.reason;
            return call.attempt(scope.signal);
          }, scope.signal);
        return await withRetries(call, scope.signal, attemptWhenFree);
      } finally {
        scope.close();
      }
    },

    async *executeStream<T>(call: PolicyCall<AsyncIterable<T>>): AsyncIterable<T> {
      const scope = openScope(call);
      let free: (() => void) | undefined;
      let iterator: AsyncIterator<T> | undefined;
      try {
        free = await limiter.acquire(scope.signal).catch((error: unknown) => {
          throw classify(call, scope.signal, error);
        });
        const first = await withRetries(call, scope.signal, async () => {
          await iterator?.return?.();
          iterator = (await call.attempt(scope.signal))[Symbol.asyncIterator]();
          return iterator.next();
        });
        let step = first;
        while (step.done !== true) {
          yield step.value;
          try {
            step = await (iterator as AsyncIterator<T>).next();
            if (scope.signal.aborted) throw scope.signal.reason;
          } catch (caught) {
            throw classify(call, scope.signal, caught);
          }
        }
      } finally {
        scope.close();
        free?.();
        await Promise.resolve(iterator?.return?.()).catch(() => undefined);
      }
    },

    async cached(request, compute) {
      const { cache } = settings;
      if (cache === undefined) return { value: await compute(), fromCache: false };
      const key = await responseCacheKey(runtime.hasher, request);
      const hit = await cache.get(key);
      if (hit !== undefined) return { value: hit as Awaited<ReturnType<typeof compute>>, fromCache: true };
      const value = await compute();
      await cache.set(key, value);
      return { value, fromCache: false };
    },
  };
}
