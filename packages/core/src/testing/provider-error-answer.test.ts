import Replicate from 'replicate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeProviderServer, type FakeProviderServer } from './index.js';

let server: FakeProviderServer;
let replicate: Replicate;

beforeEach(async () => {
  server = await createFakeProviderServer();
  replicate = new Replicate({ auth: 'r8_test', baseUrl: server.replicateBaseURL, useFileOutput: false });
});
afterEach(async () => {
  await server.close();
});

const input = { prompt: 'x' };

interface ReplicateApiError extends Error {
  readonly response: Response;
}

describe('provider error formats', () => {
  it('sends OpenAI error JSON by default on OpenAI routes', async () => {
    server.enqueue('chat', { status: 500 });

    const response = await fetch(`${server.openaiBaseURL}/chat/completions`, { method: 'POST', body: '{}' });

    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({
      error: { message: 'Fake 500 Internal Server Error', type: 'server_error', code: null, param: null },
    });
  });

  it('sends Replicate problem details on prediction routes, surfacing as ApiError', async () => {
    server.enqueue('predictions.create', { status: 422 });

    const error = (await replicate.run('owner/name', { input }).catch((caught: unknown) => caught)) as ReplicateApiError;

    expect(error.name).toBe('ApiError');
    expect(error.response.status).toBe(422);
    expect(error.response.headers.get('content-type')).toBe('application/problem+json');
    expect(error.message).toContain('{"title":"Unprocessable Entity","detail":"Fake 422 Unprocessable Entity","status":422}');
  });

  it('answers 404 for a prediction it never created', async () => {
    const error = (await replicate.predictions.get('missing').catch((caught: unknown) => caught)) as ReplicateApiError;

    expect(error.response.status).toBe(404);
    expect(error.message).toContain('"detail":"Prediction missing not found"');
  });
});

describe('Replicate SDK under faults', () => {
  it('retries a 429 at once, ignoring retry-after, and then succeeds', async () => {
    // An hour's Retry-After: had the SDK honoured it, this test would run into its timeout instead of passing.
    server.enqueue('predictions.create', { status: 429, headers: { 'retry-after': '3600' } });

    const output = await replicate.run('owner/name', { input });

    expect(output).toEqual([`${server.url}/files/pred-1.png`]);
    expect(server.requests.map((request) => request.route)).toEqual(['predictions.create', 'predictions.create']);
  });

  it('retries a reset connection, even for a POST, creating the prediction once', async () => {
    server.enqueue('predictions.create', { fault: 'reset' });

    const output = await replicate.run('owner/name', { input });

    expect(output).toEqual([`${server.url}/files/pred-1.png`]);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a 5xx on a poll', async () => {
    server.enqueue('predictions.get', { status: 503 });

    const output = await replicate.run('owner/name', { input, wait: { mode: 'poll', interval: 5 } });

    expect(output).toEqual([`${server.url}/files/pred-1.png`]);
    expect(server.requests.map((request) => request.route)).toEqual([
      'predictions.create',
      'predictions.get',
      'predictions.get',
      'predictions.get',
    ]);
  });

  it('rejects a body that is not JSON', async () => {
    server.enqueue('predictions.create', { fault: 'malformed-json' });

    await expect(replicate.run('owner/name', { input })).rejects.toBeInstanceOf(SyntaxError);
  });

  it('rejects a stalled poll once its signal aborts', async () => {
    const { id } = await replicate.predictions.create({ model: 'owner/name', input });
    server.enqueue('predictions.get', { fault: 'stall' });

    const polled = replicate.predictions.get(id, { signal: AbortSignal.timeout(100) });

    await expect(polled).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
