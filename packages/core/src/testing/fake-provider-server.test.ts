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

const chat = (): Promise<string | null | undefined> =>
  client.chat.completions
    .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] })
    .then((completion) => completion.choices[0]?.message.content);

describe('createFakeProviderServer', () => {
  it('listens on loopback at a free port with both base URLs', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.openaiBaseURL).toBe(`${server.url}/v1`);
    expect(server.replicateBaseURL).toBe(`${server.url}/replicate/v1`);
  });

  it('answers an unknown path with a 404 in the provider error format and records it as unknown', async () => {
    const openaiError = await client.models.list().catch((caught: unknown) => caught);
    const replicateResponse = await fetch(`${server.replicateBaseURL}/nowhere?x=1`);

    expect(openaiError).toBeInstanceOf(OpenAI.NotFoundError);
    expect((openaiError as APIError).message).toBe('404 No fake route for GET /v1/models');
    expect(replicateResponse.status).toBe(404);
    expect(await replicateResponse.json()).toEqual({
      title: 'Not Found',
      detail: 'No fake route for GET /replicate/v1/nowhere?x=1',
      status: 404,
    });
    expect(server.requests.map((request) => [request.route, request.path])).toEqual([
      ['unknown', '/v1/models'],
      ['unknown', '/replicate/v1/nowhere?x=1'],
    ]);
  });

  it('plays each route queue first in first out, separately per route, then answers by default', async () => {
    server.enqueue('chat', { reply: { content: 'one' } }, { reply: { content: 'two' } });
    server.enqueue('embeddings', { status: 500 });

    expect([await chat(), await chat(), await chat()]).toEqual(['one', 'two', 'Fake reply to: Hi']);
    await expect(client.embeddings.create({ model: 'm', input: 'x' })).rejects.toBeInstanceOf(OpenAI.InternalServerError);
  });

  it('refuses to script a route it does not know', () => {
    expect(() => server.enqueue('nope' as 'chat', { status: 500 })).toThrow('Unknown fake route: nope');
  });

  it('numbers request ids from the order of arrival', async () => {
    await chat();
    const second = await client.chat.completions.create({ model: 'gpt-4o', messages: [] }).withResponse();

    expect(second.response.headers.get('x-request-id')).toBe('req_2');
    expect(second.data.id).toBe('chatcmpl-fake-2');
  });

  it('reset forgets scripted steps, requests, predictions and counters', async () => {
    const requests = server.requests;
    server.enqueue('chat', { reply: { content: 'scripted' } }, { reply: { content: 'left over' } });
    await chat();
    const created = await fetch(`${server.replicateBaseURL}/predictions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: 'v', input: {} }),
    });
    const { id } = (await created.json()) as { id: string };

    server.reset();

    expect(requests).toHaveLength(0);
    expect(await chat()).toBe('Fake reply to: Hi');
    expect((await fetch(`${server.replicateBaseURL}/predictions/${id}`)).status).toBe(404);
    const again = await client.chat.completions.create({ model: 'gpt-4o', messages: [] });
    expect(again.id).toBe('chatcmpl-fake-2');
  });

  it('closes promptly even with a stalled response and a pending delay open', async () => {
    const other = await createFakeProviderServer();
    other.enqueue('chat', { fault: 'stall' });
    other.enqueue('embeddings', { reply: { vectors: [] }, delayMs: 60_000 });
    const stalled = await fetch(`${other.openaiBaseURL}/chat/completions`, { method: 'POST', body: '{}' });
    const delayed = fetch(`${other.openaiBaseURL}/embeddings`, { method: 'POST', body: '{}' }).catch(
      (error: unknown) => error,
    );
    await vi.waitFor(() => expect(other.requests).toHaveLength(2));

    // The embeddings answer waits 60 s: close must end that wait and the stalled body, not sit them out.
    await other.close();

    await expect(stalled.text()).rejects.toThrow();
    expect(await delayed).toMatchObject({ message: 'fetch failed' });
    expect(other.requests.map((request) => request.route)).toEqual(['chat', 'embeddings']);
  });
});

describe('cors', () => {
  it('answers a preflight and marks answers readable by a page on another origin, only when asked', async () => {
    const corsServer = await createFakeProviderServer({ cors: true });
    const plainServer = await createFakeProviderServer();
    try {
      const preflight = await fetch(`${corsServer.openaiBaseURL}/chat/completions`, {
        method: 'OPTIONS',
        headers: { origin: 'http://vscode.localhost:3000', 'access-control-request-headers': 'authorization,content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://vscode.localhost:3000');
      expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
      expect(corsServer.requests).toHaveLength(0);
      const plain = await fetch(`${plainServer.openaiBaseURL}/embeddings`, { method: 'POST', body: '{"input":"x","model":"m"}', headers: { origin: 'http://vscode.localhost:3000' } });
      expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await corsServer.close();
      await plainServer.close();
    }
  });
});
