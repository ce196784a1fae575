import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextStreamPart } from '../../models/text-model.js';
import { createRecordingSleep } from '../../runtime/__fixtures__/recording-sleep.js';
import { createRuntime } from '../../runtime/runtime.js';
import type { CallPolicySettings } from '../policy/call-policy.js';
import { createOpenAICompatible, type OpenAICompatibleProviderSettings } from './openai-compatible-provider.js';

// What real local servers (llama.cpp, Ollama, LM Studio) and OpenAI-compatible proxies do that OpenAI does not.
let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
const { sleep } = createRecordingSleep();
beforeEach(() => server.reset());

const local = (policy: CallPolicySettings = {}, settings: Partial<OpenAICompatibleProviderSettings> = {}) =>
  createOpenAICompatible({
    baseURL: server.openaiBaseURL,
    name: 'local',
    defaultModel: 'tiny',
    defaultEmbeddingModel: 'tiny-embed',
    runtime: createRuntime({ sleep }),
    policy: { initialDelayMs: 5, idleTimeoutMs: 200, firstByteTimeoutMs: 5_000, ...policy },
    ...settings,
  });
const messages = [{ role: 'user' as const, content: 'Hello' }];
const requestsOf = (route: string) => server.requests.filter((request) => request.route === route);

const collect = async (parts: AsyncIterable<TextStreamPart>): Promise<{ texts: string[]; last: TextStreamPart | undefined }> => {
  const texts: string[] = [];
  let last: TextStreamPart | undefined;
  for await (const part of parts) {
    if (part.type === 'text-delta') texts.push(part.text);
    last = part;
  }
  return { texts, last };
};

/** An embeddings answer exactly as given, whatever encoding was asked for. */
const embeddingsBody = (embeddings: readonly unknown[]) => ({
  body: { object: 'list', model: 'tiny-embed', data: embeddings.map((embedding, index) => ({ object: 'embedding', index, embedding })), usage: { prompt_tokens: 2, total_tokens: 2 } },
});
const base64Of = (vector: readonly number[]): string => Buffer.from(new Float32Array(vector).buffer).toString('base64');

describe('embeddings from servers that pick their own encoding', () => {
  it('asks for floats by name, so the SDK never decodes floats as base64', async () => {
    await local().embedding().embed({ values: ['storm'] });
    expect(requestsOf('embeddings')[0]?.json).toMatchObject({ encoding_format: 'float' });
  });

  it('reads floats when base64 was asked (a server ignoring encoding_format), never quarter-length zero vectors', async () => {
    server.enqueue('embeddings', { reply: embeddingsBody([[0.5, -0.25, 0.125, 1]]) });
    const result = await local({}, { embeddingEncoding: 'base64' }).embedding().embed({ values: ['storm'] });
    expect(requestsOf('embeddings')[0]?.json).toMatchObject({ encoding_format: 'base64' });
    expect(result.embeddings).toEqual([[0.5, -0.25, 0.125, 1]]);
  });

  it('reads base64 when floats were asked', async () => {
    server.enqueue('embeddings', { reply: embeddingsBody([base64Of([0.5, -0.25]), base64Of([1, 2])]) });
    expect((await local().embedding().embed({ values: ['a', 'b'] })).embeddings).toEqual([[0.5, -0.25], [1, 2]]);
  });

  it('rejects vectors of different lengths, a wrong count, or the wrong dimensions as an InvalidResponseError', async () => {
    server.enqueue('embeddings', { reply: embeddingsBody([[1, 2, 3], [1, 2]]) }, { reply: embeddingsBody([[1, 2]]) }, { reply: embeddingsBody([[1, 2]]) });
    const model = local().embedding();
    await expect(model.embed({ values: ['a', 'b'] })).rejects.toMatchObject({ name: 'InvalidResponseError', message: expect.stringContaining('a vector of length 2 where 3 was expected (item 1)') });
    await expect(model.embed({ values: ['a', 'b'] })).rejects.toMatchObject({ message: expect.stringContaining('has 1 vectors for 2 inputs') });
    await expect(model.embed({ values: ['a'], dimensions: 4 })).rejects.toMatchObject({ message: expect.stringContaining('a vector of length 2 where 4 was expected') });
  });
});

describe('time limits that fit a local model', () => {
  it('reports a server that sends no headers in time as a first-byte TimeoutError, not a network failure, and does not retry', async () => {
    server.enqueue('chat', { reply: { content: 'late' }, delayMs: 3_000 });
    // Requests are counted as the client sends them: on a busy machine the server may log one after the timeout fired.
    let sent = 0;
    const countingFetch: typeof fetch = (input, init) => {
      sent += 1;
      return fetch(input, init);
    };
    const provider = createOpenAICompatible({
      baseURL: server.openaiBaseURL,
      name: 'local',
      defaultModel: 'tiny',
      runtime: createRuntime({ sleep, fetch: countingFetch }),
      policy: { initialDelayMs: 5, firstByteTimeoutMs: 100 },
    });
    await expect(provider.text().generate({ messages })).rejects.toMatchObject({ name: 'TimeoutError', code: 'timeout', kind: 'first-byte', timeoutMs: 100 });
    expect(sent).toBe(1);
    // The late request is the server's before the next test resets it, so it cannot take that test's reply.
    await vi.waitFor(() => expect(requestsOf('chat')).toHaveLength(1), { timeout: 10_000, interval: 20 });
  });

  it('lets a non-streaming generation run longer than the idle limit: one request, one generation', async () => {
    server.enqueue('chat', { reply: { content: 'Slow but whole.' }, delayMs: 400 });
    const result = await local({ idleTimeoutMs: 50, firstByteTimeoutMs: 5_000 }).text().generate({ messages });
    expect(result.text).toBe('Slow but whole.');
    expect(requestsOf('chat')).toHaveLength(1);
  });

  it('streams a generation slower in total than the idle limit while tokens keep coming', async () => {
    const content = 'one two three four five six seven eight nine ten';
    server.enqueue('chat', { reply: { content }, chunkDelayMs: 30 });
    const { texts } = await collect(local({ idleTimeoutMs: 150 }).text().stream({ messages }));
    expect(texts.join('')).toBe(content);
    expect(requestsOf('chat')).toHaveLength(1);
  });
});

describe('usage and errors the way real servers send them', () => {
  it('prices a stream without usage data as incomplete for a priced model, never a complete $0', async () => {
    const provider = local({}, { streamUsage: false, prices: { 'local/tiny': { inputPerMillionTokens: 1, outputPerMillionTokens: 2 } } });
    const { last } = await collect(provider.text().stream({ messages }));
    expect(last).toMatchObject({ type: 'finish', result: { usage: {}, cost: { usd: 0, incomplete: true } } });
  });

  it('keeps the code of an error event inside a 200 stream', async () => {
    const error = { message: 'the request exceeds the available context size', type: 'exceed_context_size_error', code: 'context_length_exceeded' };
    server.enqueue('chat', { fault: 'error-event', afterChunks: 2, error });
    await expect(collect(local().text().stream({ messages }))).rejects.toMatchObject({
      name: 'ApiCallError',
      code: 'api_error',
      providerCode: 'context_length_exceeded',
      isRetryable: false,
      message: expect.stringContaining('the request exceeds the available context size'),
    });
    expect(requestsOf('chat')).toHaveLength(1);
  });

  it('retries a transient error event that came before any text, and a socket closed before any text', async () => {
    server.enqueue('chat', { fault: 'error-event', afterChunks: 0 }, { fault: 'reset-mid-body', afterChunks: 0 });
    const { texts } = await collect(local().text().stream({ messages }));
    expect(texts.join('')).toBe('Fake reply to: Hello');
    expect(requestsOf('chat')).toHaveLength(3);
  });

  it('retries a non-streaming answer whose socket closed mid-body', async () => {
    server.enqueue('chat', { fault: 'reset-mid-body' });
    expect((await local().text().generate({ messages })).text).toBe('Fake reply to: Hello');
    expect(requestsOf('chat')).toHaveLength(2);
  });

  it('does not retry a stream cut off after text was yielded, and says the connection closed', async () => {
    server.enqueue('chat', { fault: 'reset-mid-body', afterChunks: 3 });
    await expect(collect(local().text().stream({ messages }))).rejects.toMatchObject({ name: 'ApiCallError', code: 'connection_failed' });
    expect(requestsOf('chat')).toHaveLength(1);
  });

  it('surfaces a 200 HTML page for a chat call as an InvalidResponseError, not a TypeError', async () => {
    server.enqueue('chat', { fault: 'html-page' });
    await expect(local().text().generate({ messages })).rejects.toMatchObject({
      name: 'InvalidResponseError',
      message: expect.stringContaining('answered 200 with an HTML page (text/html)'),
    });
  });

  it('refuses a JSON error body sent as audio/mpeg instead of returning it as audio', async () => {
    server.enqueue('speech', { reply: { body: { error: { message: 'voice "nova" not found', code: 'voice_not_found' } }, headers: { 'content-type': 'audio/mpeg' } } });
    await expect(local().speech().synthesize({ text: 'storm', voice: 'nova' })).rejects.toMatchObject({
      name: 'ApiCallError',
      providerCode: 'voice_not_found',
      isRetryable: false,
      message: expect.stringContaining('answered an error instead of audio (voice_not_found): voice "nova" not found'),
    });
  });
});

describe('output caps', () => {
  it('caps a local generation that names no limit at 2048 tokens, and keeps a limit the caller names', async () => {
    const model = local().text();
    await model.generate({ messages });
    await model.generate({ messages, maxOutputTokens: 50 });
    await model.generate({ messages });
    expect(requestsOf('chat').map((request) => (request.json as { max_tokens?: number }).max_tokens)).toEqual([2048, 50, 2048]);
    await local({}, { defaultMaxOutputTokens: 300 }).text().generate({ messages });
    expect((requestsOf('chat')[3]?.json as { max_tokens?: number }).max_tokens).toBe(300);
  });
});
