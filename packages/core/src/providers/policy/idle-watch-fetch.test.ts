import { describe, expect, it } from 'vitest';
import { createIdleWatchFetch } from './idle-watch-fetch.js';

const encoder = new TextEncoder();

/** A fetch whose body sends the given chunks, then stalls forever (until aborted). */
const stallingFetch = (chunks: string[]): typeof fetch => async (_input, init) => {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent < chunks.length) {
        controller.enqueue(encoder.encode(chunks[sent] ?? ''));
        sent += 1;
        return;
      }
      return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } });
};

const limits = (ms: number) => ({ firstByteTimeoutMs: ms, idleTimeoutMs: ms });

/** A fetch whose headers come only when `release` is called: a server generating a whole answer first. */
const gatedFetch = () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    await new Promise<void>((resolve, reject) => {
      void gate.then(resolve);
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });
    return new Response('{"done":true}', { status: 200 });
  };
  return { fetch, release: () => release() };
};

describe('createIdleWatchFetch', () => {
  it('lets headers take longer than the idle limit, up to the first-byte limit', async () => {
    const { fetch, release } = gatedFetch();
    const watched = createIdleWatchFetch(fetch, { firstByteTimeoutMs: 10_000, idleTimeoutMs: 20 });
    const pending = watched('https://local.test/v1/chat/completions');
    // Five idle limits pass before the headers: the idle limit must not apply yet.
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    expect(await (await pending).text()).toBe('{"done":true}');
  });

  it('turns a body cut off by the peer into a retryable connection_failed error', async () => {
    const cutOff: typeof fetch = async () =>
      new Response(new ReadableStream<Uint8Array>({ pull: (stream) => stream.error(new TypeError('terminated')) }), { status: 200 });
    const response = await createIdleWatchFetch(cutOff, limits(1000))('https://local.test/v1/chat/completions');
    await expect(response.text()).rejects.toMatchObject({ name: 'ApiCallError', code: 'connection_failed', isRetryable: true, message: expect.stringContaining('closed before the response was complete') });
  });

  it('passes a body that keeps arriving through unchanged', async () => {
    const watched = createIdleWatchFetch(async () => new Response('hello world', { status: 201, headers: { 'x-request-id': 'req_1' } }), limits(50));
    const response = await watched('https://api.example.test/v1/x');
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await response.text()).toBe('hello world');
  });

  it('ends a body that stalls with an idle TimeoutError', async () => {
    const watched = createIdleWatchFetch(stallingFetch(['data: one\n\n']), limits(40));
    const response = await watched('https://api.example.test/v1/chat/completions');
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: one\n\n');
    await expect(reader.read()).rejects.toMatchObject({ code: 'timeout', kind: 'idle', message: expect.stringContaining('api.example.test/v1/chat/completions stalled') });
  });

  it('ends a request whose headers never come', async () => {
    const neverAnswers: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    await expect(createIdleWatchFetch(neverAnswers, { firstByteTimeoutMs: 30, idleTimeoutMs: 10_000 })('https://api.example.test/v1/x')).rejects.toMatchObject({
      code: 'timeout',
      kind: 'first-byte',
      timeoutMs: 30,
      message: expect.stringContaining('Request to api.example.test/v1/x got no response within 30 ms.'),
    });
  });

  it('does not time a consumer that is slow to read', async () => {
    const watched = createIdleWatchFetch(async () => new Response('abc'), limits(20));
    const response = await watched('https://api.example.test/');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await response.text()).toBe('abc');
  });

  it("forwards the caller's abort", async () => {
    const controller = new AbortController();
    const pending = createIdleWatchFetch(stallingFetch([]), limits(10_000))('https://api.example.test/', { signal: controller.signal });
    const response = await pending;
    const read = response.text();
    controller.abort(new Error('user cancelled'));
    await expect(read).rejects.toThrow('user cancelled');
  });
});
