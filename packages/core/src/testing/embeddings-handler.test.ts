import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeEmbedding } from './fake-embedding.js';
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

const norm = (vector: readonly number[]): number => Math.hypot(...vector);

describe('embeddings', () => {
  it('answers the base64 the SDK asks for by default, which the SDK decodes to the float vectors', async () => {
    const decoded = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['dawn', 'dusk'] });
    const floats = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: ['dawn', 'dusk'],
      encoding_format: 'float',
    });

    expect(server.requests[0]?.json).toMatchObject({ encoding_format: 'base64' });
    expect(decoded.data.map((item) => item.embedding)).toEqual(floats.data.map((item) => item.embedding));
    expect(floats.data[0]?.embedding).toEqual(createFakeEmbedding('dawn', 8));
    expect(floats.data.map((item) => item.index)).toEqual([0, 1]);
    expect(floats.usage).toEqual({ prompt_tokens: 2, total_tokens: 2 });
  });

  it('makes unit vectors of the asked dimensions, equal for equal texts and different otherwise', async () => {
    const result = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: ['same', 'same', 'other'],
      dimensions: 32,
    });
    const [first, second, third] = result.data.map((item) => item.embedding);

    expect(first).toHaveLength(32);
    expect(norm(first ?? [])).toBeCloseTo(1, 5);
    expect(second).toEqual(first);
    expect(third).not.toEqual(first);
  });

  it('encodes scripted vectors in the requested format', async () => {
    server.enqueue('embeddings', { reply: { vectors: [[0.5, -0.25, 1]] } });

    const result = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'x' });

    expect(result.data[0]?.embedding).toEqual([0.5, -0.25, 1]);
  });
});
