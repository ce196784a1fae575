import OpenAI from 'openai';
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

describe('moderations', () => {
  it('flags violence only for inputs containing FLAG-ME, one result per input', async () => {
    const moderation = await client.moderations.create({
      model: 'omni-moderation-latest',
      input: ['A quiet morning.', 'He says FLAG-ME twice.'],
    });
    const [calm, violent] = moderation.results;

    expect(moderation.results).toHaveLength(2);
    expect(calm?.flagged).toBe(false);
    expect(calm?.categories.violence).toBe(false);
    expect(calm?.category_scores.violence).toBe(0.001);
    expect(violent?.flagged).toBe(true);
    expect(violent?.categories.violence).toBe(true);
    expect(violent?.categories.hate).toBe(false);
    expect(violent?.category_scores.violence).toBe(0.9);
    expect(moderation.model).toBe('omni-moderation-latest');
  });

  it('sends a scripted body as it is', async () => {
    server.enqueue('moderations', { reply: { body: { id: 'modr-x', model: 'm', results: [] } } });

    const moderation = await client.moderations.create({ input: 'FLAG-ME' });

    expect(moderation.results).toEqual([]);
  });
});
