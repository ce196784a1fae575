import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeProviderServer, type FakeProviderServer } from './index.js';
import { createTinyPng } from './tiny-png.js';

let server: FakeProviderServer;
let client: OpenAI;

beforeEach(async () => {
  server = await createFakeProviderServer();
  client = new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, maxRetries: 0 });
});
afterEach(async () => {
  await server.close();
});

describe('image generation', () => {
  it('returns n base64 PNGs by default', async () => {
    const result = await client.images.generate({ model: 'gpt-image-1', prompt: 'a lighthouse', n: 2 });

    expect(result.data).toHaveLength(2);
    const bytes = Buffer.from(result.data?.[0]?.b64_json ?? '', 'base64');
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes).toEqual(createTinyPng());
  });

  it('returns URLs on the server, which serve the PNG', async () => {
    const result = await client.images.generate({ model: 'dall-e-3', prompt: 'a lighthouse', response_format: 'url' });
    const url = result.data?.[0]?.url ?? '';

    expect(url).toBe(`${server.url}/files/image-1.png`);
    const response = await fetch(url);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(createTinyPng());
    expect(server.requests.map((request) => request.route)).toEqual(['images', 'files']);
  });
});
