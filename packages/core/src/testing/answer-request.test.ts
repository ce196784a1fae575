import OpenAI, { APIError } from 'openai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeProviderServer, type FakeProviderServer } from './index.js';

let server: FakeProviderServer;
let client: OpenAI;

beforeEach(async () => {
  server = await createFakeProviderServer();
  client = new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, maxRetries: 0 });
});
afterEach(async () => {
  await server.close();
});

const request = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'Hi' }] };

/** Whether `promise` has settled yet, read without waiting for it. */
const settledFlag = (promise: Promise<unknown>): (() => boolean) => {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return () => settled;
};

/** Lets pending I/O and timers of zero delay run, without measuring time. */
const turnsOfTheEventLoop = async (count: number): Promise<void> => {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
};

const abortAfter = (ms: number): AbortSignal => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
};

describe('scripted HTTP errors', () => {
  it('surfaces a 429 as RateLimitError with OpenAI error JSON and the retry-after header', async () => {
    server.enqueue('chat', { status: 429, headers: { 'retry-after': '1' } });

    const error = await client.chat.completions.create(request).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const rateLimit = error as APIError;
    expect(rateLimit.status).toBe(429);
    expect(rateLimit.headers?.get('retry-after')).toBe('1');
    expect(rateLimit.code).toBe('rate_limit_exceeded');
    expect(rateLimit.type).toBe('requests');
  });

  it('lets the SDK retry after retry-after-ms and then answers by default', async () => {
    server.enqueue('chat', { status: 429, headers: { 'retry-after-ms': '20' } });
    const retrying = new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, maxRetries: 1 });

    const completion = await retrying.chat.completions.create(request);

    expect(completion.choices[0]?.message.content).toBe('Fake reply to: Hi');
    expect(server.requests.map((recorded) => recorded.headers['x-stainless-retry-count'])).toEqual(['0', '1']);
  });

  it.each([
    [500, OpenAI.InternalServerError],
    [503, OpenAI.InternalServerError],
    [400, OpenAI.BadRequestError],
  ])('maps status %i to the SDK error class', async (status, errorClass) => {
    server.enqueue('chat', { status });

    const error = await client.chat.completions.create(request).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(errorClass);
    expect((error as APIError).status).toBe(status);
  });

  it('sends a scripted error body as given', async () => {
    server.enqueue('chat', {
      status: 401,
      body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } },
    });

    const error = await client.chat.completions.create(request).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((error as APIError).message).toBe('401 Incorrect API key provided');
    expect((error as APIError).type).toBe('invalid_request_error');
  });
});

describe('scripted faults', () => {
  it('resets the socket: the SDK raises APIConnectionError', async () => {
    server.enqueue('chat', { fault: 'reset' });

    await expect(client.chat.completions.create(request)).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('answers a body that is not JSON: the SDK rejects instead of hanging', async () => {
    server.enqueue('chat', { fault: 'malformed-json' });

    await expect(client.chat.completions.create(request)).rejects.toBeInstanceOf(SyntaxError);
  });

  it('stalls after the headers until the caller aborts', async () => {
    server.enqueue('chat', { fault: 'stall' });
    const controller = new AbortController();
    const pending = client.chat.completions.create(request, { signal: controller.signal });
    const settled = settledFlag(pending);
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    await turnsOfTheEventLoop(20);
    expect(settled()).toBe(false);
    controller.abort();

    // Headers arrived, so the abort hits the body read: a DOMException, not an SDK error class.
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('cuts a non-streaming body in half on truncated-sse: the SDK fails to parse it', async () => {
    server.enqueue('chat', { fault: 'truncated-sse' });

    await expect(client.chat.completions.create(request)).rejects.toBeInstanceOf(SyntaxError);
  });

  it('stalls a stream after the given chunks until the caller aborts', async () => {
    server.enqueue('chat', { fault: 'stall', afterChunks: 2 });
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { ...request, stream: true },
      { signal: controller.signal },
    );
    const deltas: string[] = [];

    const reading = (async () => {
      for await (const chunk of stream) {
        deltas.push(chunk.choices[0]?.delta.content ?? '');
        if (deltas.length === 2) setTimeout(() => controller.abort(), 100);
      }
    })();

    // The SDK ends a stream quietly when its own signal aborts.
    await reading;
    expect(deltas).toEqual(['', 'Fake ']);
    expect(controller.signal.aborted).toBe(true);
  });

  it('rejects a stalled stream helper when aborted', async () => {
    server.enqueue('chat', { fault: 'stall', afterChunks: 1 });

    const stream = client.chat.completions.stream(request, { signal: abortAfter(100) });

    await expect(stream.finalChatCompletion()).rejects.toBeInstanceOf(OpenAI.APIUserAbortError);
  });

  it('truncates a stream without a finish chunk or [DONE]', async () => {
    server.enqueue('chat', { fault: 'truncated-sse', afterChunks: 3 });

    const stream = await client.chat.completions.create({ ...request, stream: true });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);

    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content)).toEqual(['', 'Fake ', 'reply ']);
    expect(chunks.some((chunk) => chunk.choices[0]?.finish_reason)).toBe(false);
  });

  it('truncates a stream after all content by default, which the stream helper rejects', async () => {
    server.enqueue('chat', { fault: 'truncated-sse' });

    const stream = client.chat.completions.stream(request);
    const text: string[] = [];
    stream.on('content', (delta) => text.push(delta));

    await expect(stream.finalChatCompletion()).rejects.toThrow('missing finish_reason for choice 0');
    expect(text.join('')).toBe('Fake reply to: Hi');
  });

  it('waits delayMs before answering', async () => {
    // The server's wait is a gate this test opens: the answer must not come before it.
    const waits: number[] = [];
    let open = (): void => undefined;
    const gated = await createFakeProviderServer({
      sleep: (ms) => {
        waits.push(ms);
        return new Promise<void>((resolve) => (open = resolve));
      },
    });
    try {
      gated.enqueue('chat', { reply: { content: 'late' }, delayMs: 150 });
      const gatedClient = new OpenAI({ apiKey: 'sk-test', baseURL: gated.openaiBaseURL, maxRetries: 0 });
      const pending = gatedClient.chat.completions.create(request);
      const settled = settledFlag(pending);
      await vi.waitFor(() => expect(waits).toEqual([150]));
      await turnsOfTheEventLoop(20);
      expect(settled()).toBe(false);
      open();
      expect((await pending).choices[0]?.message.content).toBe('late');
    } finally {
      await gated.close();
    }
  });
});
