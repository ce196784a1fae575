import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TextModel, TextStreamPart } from '../../models/text-model.js';
import { createRecordingSleep } from '../../runtime/__fixtures__/recording-sleep.js';
import { createRuntime } from '../../runtime/runtime.js';
import type { LogFields } from '../../runtime/logger.js';
import { createOpenAI } from './openai-provider.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
// Retry waits are recorded, not waited: the tests check what was asked for, not how long it took.
const { sleep, sleeps } = createRecordingSleep();
beforeEach(() => {
  server.reset();
  sleeps.length = 0;
});

const warnings: { message: string; fields?: LogFields }[] = [];
const chatModel = (policy: Record<string, number> = {}): TextModel =>
  createOpenAI({
    apiKey: 'sk-test-key-0001',
    baseURL: server.openaiBaseURL,
    runtime: createRuntime({
      sleep,
      logger: { error: () => {}, info: () => {}, debug: () => {}, warn: (message, fields) => void warnings.push({ message, ...(fields ? { fields } : {}) }) },
    }),
    policy: { initialDelayMs: 10, maxDelayMs: 50, idleTimeoutMs: 200, ...policy },
  }).text('gpt-4o-mini');
const messages = [{ role: 'user' as const, content: 'Hello' }];
const chatRequests = () => server.requests.filter((request) => request.route === 'chat').length;

const collect = async (parts: AsyncIterable<TextStreamPart>): Promise<string[]> => {
  const texts: string[] = [];
  for await (const part of parts) if (part.type === 'text-delta') texts.push(part.text);
  return texts;
};

describe('OpenAI faults: recovered within policy or surfaced as the right typed error', () => {
  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    server.enqueue('chat', { status: 429, headers: { 'retry-after': '1' } });
    const result = await chatModel().generate({ messages });
    expect(result.text).toBe('Fake reply to: Hello');
    expect(sleeps).toEqual([1000]);
    expect(chatRequests()).toBe(2);
    expect(warnings.at(-1)).toMatchObject({ message: 'openai chat completion (gpt-4o-mini) failed; retrying', fields: { delayMs: 1000 } });
  });

  it('honours Retry-After-Ms', async () => {
    server.enqueue('chat', { status: 429, headers: { 'retry-after-ms': '150', 'retry-after': '30' } });
    await chatModel().generate({ messages });
    expect(sleeps).toEqual([150]);
  });

  it('surfaces a 429 as a retryable ApiCallError once retries run out, with request count = 1 + maxRetries', async () => {
    server.enqueue('chat', { status: 429 }, { status: 429 }, { status: 429 });
    await expect(chatModel({ maxRetries: 2 }).generate({ messages })).rejects.toMatchObject({ name: 'ApiCallError', status: 429, isRetryable: true });
    expect(chatRequests()).toBe(3);
  });

  it('does not retry an out-of-credit 429', async () => {
    server.enqueue('chat', { status: 429, body: { error: { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' } } });
    await expect(chatModel().generate({ messages })).rejects.toMatchObject({ status: 429, isRetryable: false, message: expect.stringContaining('add credit') });
    expect(chatRequests()).toBe(1);
  });

  it.each([500, 503])('recovers from a %i', async (status) => {
    server.enqueue('chat', { status });
    expect((await chatModel().generate({ messages })).text).toBe('Fake reply to: Hello');
    expect(chatRequests()).toBe(2);
  });

  it('does not retry a 401 and says how to fix it', async () => {
    server.enqueue('chat', { status: 401 });
    await expect(chatModel().generate({ messages })).rejects.toMatchObject({
      status: 401,
      isRetryable: false,
      hint: 'Check the openai API key (run "Set API key" again); it may be revoked or mistyped.',
    });
    expect(chatRequests()).toBe(1);
  });

  it('recovers from a connection reset, and surfaces repeated resets as connection_failed', async () => {
    server.enqueue('chat', { fault: 'reset' });
    expect((await chatModel().generate({ messages })).text).toBe('Fake reply to: Hello');
    server.reset();
    server.enqueue('chat', { fault: 'reset' }, { fault: 'reset' }, { fault: 'reset' });
    await expect(chatModel().generate({ messages })).rejects.toMatchObject({ name: 'ApiCallError', code: 'connection_failed', status: undefined });
  });

  it('ends a stalled response body at the idle timeout and does not retry it: the server already generated it', async () => {
    server.enqueue('chat', { fault: 'stall' }, { fault: 'stall' });
    await expect(chatModel().generate({ messages })).rejects.toMatchObject({ name: 'TimeoutError', kind: 'idle', timeoutMs: 200 });
    expect(chatRequests()).toBe(1);
  });

  it('ends a stream that stalls midway with an idle TimeoutError, after the parts that arrived', async () => {
    server.enqueue('chat', { fault: 'stall', afterChunks: 2 });
    const texts: string[] = [];
    const consume = async () => {
      for await (const part of chatModel().stream({ messages })) if (part.type === 'text-delta') texts.push(part.text);
    };
    await expect(consume()).rejects.toMatchObject({ code: 'timeout', kind: 'idle' });
    expect(texts.length).toBeGreaterThan(0);
    expect(chatRequests()).toBe(1);
  });

  it('rejects a truncated stream instead of passing it off as a whole answer', async () => {
    server.enqueue('chat', { fault: 'truncated-sse', afterChunks: 2 });
    await expect(collect(chatModel().stream({ messages }))).rejects.toMatchObject({
      code: 'invalid_response',
      message: expect.stringContaining('the stream ended before the model finished'),
    });
  });

  it('surfaces malformed JSON as an InvalidResponseError', async () => {
    server.enqueue('chat', { fault: 'malformed-json' });
    await expect(chatModel().generate({ messages })).rejects.toMatchObject({ name: 'InvalidResponseError', code: 'invalid_response' });
  });

  it('rejects with AbortError when the caller cancels a request, and mid-stream', async () => {
    const controller = new AbortController();
    server.enqueue('chat', { reply: { content: 'slow' }, delayMs: 5000 });
    const pending = chatModel().generate({ messages, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', code: 'aborted' });

    const streamController = new AbortController();
    // The first chunk only carries the assistant role; the second carries text.
    server.enqueue('chat', { fault: 'stall', afterChunks: 2 });
    const texts: string[] = [];
    const consume = async () => {
      for await (const part of chatModel({ idleTimeoutMs: 10_000 }).stream({ messages, signal: streamController.signal })) {
        if (part.type === 'text-delta') {
          texts.push(part.text);
          streamController.abort();
        }
      }
    };
    await expect(consume()).rejects.toMatchObject({ code: 'aborted' });
    expect(texts).toHaveLength(1);
  });

  it('ends the whole call at the total timeout', async () => {
    server.enqueue('chat', { reply: { content: 'late' }, delayMs: 3000 });
    await expect(chatModel({ totalTimeoutMs: 100, idleTimeoutMs: 10_000 }).generate({ messages })).rejects.toMatchObject({ code: 'timeout', kind: 'total' });
  });
});
