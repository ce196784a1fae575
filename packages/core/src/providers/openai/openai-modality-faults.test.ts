import { createFakeProviderServer, type FakeProviderServer, type FakeRoute, type FakeStep } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRuntime } from '../../runtime/runtime.js';
import { createOpenAI } from './openai-provider.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const provider = () =>
  createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime: createRuntime(), policy: { initialDelayMs: 5, maxRetries: 1, idleTimeoutMs: 150 } });

/** One call per modality, and the route it uses. */
const modalities: Record<string, { route: FakeRoute; call: () => Promise<unknown>; parsesJson: boolean }> = {
  embeddings: { route: 'embeddings', call: () => provider().embedding().embed({ values: ['storm'] }), parsesJson: true },
  moderation: { route: 'moderations', call: () => provider().moderation().moderate({ inputs: ['storm'] }), parsesJson: true },
  image: { route: 'images', call: () => provider().image().generate({ prompt: 'storm' }), parsesJson: true },
  speech: { route: 'speech', call: () => provider().speech('tts-1').synthesize({ text: 'storm' }), parsesJson: false },
  transcription: {
    route: 'transcriptions',
    call: () => provider().transcription().transcribe({ audio: new Uint8Array(64), filename: 'a.wav', mediaType: 'audio/wav' }),
    parsesJson: true,
  },
};

const recoverable: Record<string, FakeStep> = {
  '429 + Retry-After-Ms': { status: 429, headers: { 'retry-after-ms': '10' } },
  '500': { status: 500 },
  '503': { status: 503 },
  'connection reset': { fault: 'reset' },
  'connection closed mid-body': { fault: 'reset-mid-body' },
};

describe.each(Object.entries(modalities))('OpenAI %s under faults', (_name, { route, call, parsesJson }) => {
  it.each(Object.entries(recoverable))('recovers from one %s', async (_fault, step) => {
    server.enqueue(route, step);
    await expect(call()).resolves.toMatchObject({ provider: 'openai' });
    expect(server.requests.filter((request) => request.route === route)).toHaveLength(2);
  });

  it('ends a stalled body at the idle limit and does not retry it (a second request would generate again)', async () => {
    server.enqueue(route, { fault: 'stall' }, { fault: 'stall' });
    await expect(call()).rejects.toMatchObject({ name: 'TimeoutError', kind: 'idle', timeoutMs: 150 });
    expect(server.requests.filter((request) => request.route === route)).toHaveLength(1);
  });

  it('does not retry a 501 or a 500 that says the server does not support the request', async () => {
    server.enqueue(route, { status: 501 }, { status: 500, body: { error: { message: 'This server does not support embeddings', type: 'not_supported_error' } } });
    await expect(call()).rejects.toMatchObject({ name: 'ApiCallError', status: 501, isRetryable: false });
    await expect(call()).rejects.toMatchObject({ name: 'ApiCallError', status: 500, isRetryable: false, providerCode: 'not_supported_error' });
    expect(server.requests.filter((request) => request.route === route)).toHaveLength(2);
  });

  it('surfaces a 200 HTML page as an InvalidResponseError that names the base URL', async () => {
    server.enqueue(route, { fault: 'html-page' });
    await expect(call()).rejects.toMatchObject({ name: 'InvalidResponseError', message: expect.stringContaining('with an HTML page (text/html) instead of the API\'s JSON; check the base URL') });
  });

  it('surfaces a fault that persists past the retries as a typed error', async () => {
    server.enqueue(route, { status: 503 }, { status: 503 });
    await expect(call()).rejects.toMatchObject({ name: 'ApiCallError', status: 503, isRetryable: true });
  });

  // Speech answers bytes, not JSON: there is no JSON to malform.
  if (parsesJson) {
    it('surfaces malformed JSON as an InvalidResponseError', async () => {
      server.enqueue(route, { fault: 'malformed-json' });
      await expect(call()).rejects.toMatchObject({ code: 'invalid_response' });
    });
  }
});
