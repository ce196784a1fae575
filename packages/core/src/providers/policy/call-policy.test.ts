import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../errors/api-call-error.js';
import { ReelkitError } from '../../errors/reelkit-error.js';
import { createRecordingSleep } from '../../runtime/__fixtures__/recording-sleep.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createCallPolicy, type PolicyCall } from './call-policy.js';
import { createMemoryResponseCache } from './response-cache.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

const rateLimited = (retryAfterMs?: number) =>
  new ApiCallError({ provider: 'test', status: 429, message: 'slow down', isRetryable: true, ...omitUndefined({ retryAfterMs }) });

/** A runtime whose sleeps are recorded and instant, and whose jitter is fixed. */
const recordingRuntime = (mode: 'instant' | 'untilAborted' = 'instant') => {
  const { sleep, sleeps } = createRecordingSleep(mode);
  return { runtime: createRuntime({ random: () => 0.5, sleep }), sleeps };
};

const call = <T>(attempt: PolicyCall<T>['attempt'], signal?: AbortSignal): PolicyCall<T> => ({
  operation: 'Test call',
  signal,
  attempt,
  normalizeError: (error) => new ReelkitError({ code: 'invalid_response', message: String(error) }),
});

describe('createCallPolicy', () => {
  it('retries a 429 after exactly the delay the server asked for', async () => {
    const { runtime, sleeps } = recordingRuntime();
    const policy = createCallPolicy(runtime, { maxRetries: 2 });
    let attempts = 0;
    const value = await policy.execute(
      call(async () => {
        attempts += 1;
        if (attempts === 1) throw rateLimited(1200);
        return 'ok';
      }),
    );
    expect(value).toBe('ok');
    expect(sleeps).toEqual([1200]);
  });

  it('backs off exponentially with jitter when no delay is given, then surfaces the last error', async () => {
    const { runtime, sleeps } = recordingRuntime();
    const policy = createCallPolicy(runtime, { maxRetries: 3, initialDelayMs: 100 });
    let attempts = 0;
    const failing = policy.execute(
      call(async () => {
        attempts += 1;
        throw rateLimited();
      }),
    );
    await expect(failing).rejects.toMatchObject({ code: 'api_error', status: 429 });
    expect(attempts).toBe(4);
    expect(sleeps).toEqual([75, 150, 300]);
  });

  it('does not retry what is not retryable, nor a server that asks for too long a wait', async () => {
    const { runtime, sleeps } = recordingRuntime();
    const policy = createCallPolicy(runtime, { maxRetryAfterMs: 5000 });
    const unauthorized = new ApiCallError({ provider: 'test', status: 401, message: 'bad key', isRetryable: false });
    await expect(policy.execute(call(async () => Promise.reject(unauthorized)))).rejects.toBe(unauthorized);
    await expect(policy.execute(call(async () => Promise.reject(rateLimited(90_000))))).rejects.toMatchObject({ retryAfterMs: 90_000 });
    expect(sleeps).toEqual([]);
  });

  it('rejects with an AbortError when the caller aborts, even if the SDK resolves', async () => {
    const policy = createCallPolicy(createRuntime());
    const controller = new AbortController();
    // Like replicate's run(): resolves undefined once aborted.
    const resolvesOnAbort = policy.execute(
      call((signal) => new Promise<undefined>((resolve) => signal.addEventListener('abort', () => resolve(undefined))), controller.signal),
    );
    controller.abort();
    await expect(resolvesOnAbort).rejects.toMatchObject({ name: 'AbortError', code: 'aborted' });
  });

  it('rejects at once when aborted during a backoff wait', async () => {
    // The wait never ends by itself: only the abort can settle the call.
    const { runtime, sleeps } = recordingRuntime('untilAborted');
    const policy = createCallPolicy(runtime, { initialDelayMs: 60_000, maxDelayMs: 60_000 });
    const controller = new AbortController();
    const pending = policy.execute(call(async () => Promise.reject(rateLimited()), controller.signal));
    await vi.waitFor(() => expect(sleeps).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });

  it('ends the whole call at the total timeout with a TimeoutError', async () => {
    const policy = createCallPolicy(createRuntime(), { totalTimeoutMs: 40 });
    const hangs = policy.execute(call((signal) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('sdk aborted'))))));
    await expect(hangs).rejects.toMatchObject({ code: 'timeout', kind: 'total', timeoutMs: 40 });
  });

  it('limits calls in flight', async () => {
    const policy = createCallPolicy(createRuntime(), { maxConcurrency: 2 });
    let inFlight = 0;
    let peak = 0;
    const task = async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight -= 1;
    };
    await Promise.all(Array.from({ length: 6 }, () => policy.execute(call(task))));
    expect(peak).toBe(2);
  });

  it('streams parts, retrying only until the first part arrives', async () => {
    const { runtime, sleeps } = recordingRuntime();
    const policy = createCallPolicy(runtime, { initialDelayMs: 10 });
    let opens = 0;
    async function* parts(): AsyncIterable<string> {
      yield 'a';
      yield 'b';
    }
    const stream = policy.executeStream(
      call(async () => {
        opens += 1;
        if (opens === 1) throw rateLimited(5);
        return parts();
      }),
    );
    const received: string[] = [];
    for await (const part of stream) received.push(part);
    expect(received).toEqual(['a', 'b']);
    expect(opens).toBe(2);
    expect(sleeps).toEqual([5]);
  });

  it('does not replay a stream that fails midway', async () => {
    const policy = createCallPolicy(recordingRuntime().runtime);
    let opens = 0;
    async function* breaks(): AsyncIterable<string> {
      yield 'a';
      throw rateLimited(1);
    }
    const received: string[] = [];
    const consume = async () => {
      for await (const part of policy.executeStream(call(async () => (opens += 1, breaks())))) received.push(part);
    };
    await expect(consume()).rejects.toMatchObject({ status: 429 });
    expect(received).toEqual(['a']);
    expect(opens).toBe(1);
  });

  it('answers a repeated request from the opt-in cache without calling again', async () => {
    const policy = createCallPolicy(createRuntime(), { cache: createMemoryResponseCache() });
    let computed = 0;
    const compute = async () => ({ text: `answer ${(computed += 1)}` });
    const first = await policy.cached({ model: 'm', prompt: 'p', options: { a: 1, b: 2 } }, compute);
    const second = await policy.cached({ options: { b: 2, a: 1 }, prompt: 'p', model: 'm' }, compute);
    const other = await policy.cached({ model: 'm', prompt: 'q' }, compute);
    expect(first).toEqual({ value: { text: 'answer 1' }, fromCache: false });
    expect(second).toEqual({ value: { text: 'answer 1' }, fromCache: true });
    expect(other).toEqual({ value: { text: 'answer 2' }, fromCache: false });
  });

  it('never caches when no cache is configured', async () => {
    const policy = createCallPolicy(createRuntime());
    let computed = 0;
    await policy.cached({ a: 1 }, async () => (computed += 1));
    const again = await policy.cached({ a: 1 }, async () => (computed += 1));
    expect(again).toEqual({ value: 2, fromCache: false });
  });
});
