import OpenAI, { APIError } from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    const started = Date.now();

    // Headers arrived, so the abort hits the body read: a DOMException, not an SDK error class.
    await expect(client.chat.completions.create(request, { signal: abortAfter(100) })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
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
    server.enqueue('chat', { reply: { content: 'late' }, delayMs: 150 });
    const started = Date.now();

    const completion = await client.chat.completions.create(request);

    expect(completion.choices[0]?.message.content).toBe('late');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
