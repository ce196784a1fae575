import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeProviderServer, type FakeProviderServer } from './index.js';

let server: FakeProviderServer;
let client: OpenAI;

beforeEach(async () => {
  server = await createFakeProviderServer({ now: () => Date.UTC(2025, 0, 2, 3, 4, 5) });
  client = new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, maxRetries: 0 });
});
afterEach(async () => {
  await server.close();
});

const messages: OpenAI.ChatCompletionMessageParam[] = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'Write a logline.' },
];

describe('chat completions', () => {
  it('answers the last user message by default, echoing the model, with usage and a request id', async () => {
    const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages });

    expect(completion).toMatchObject({
      id: 'chatcmpl-fake-1',
      object: 'chat.completion',
      created: Date.UTC(2025, 0, 2, 3, 4, 5) / 1000,
      model: 'gpt-4o-mini',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Fake reply to: Write a logline.' } }],
      // 'Be brief.' + 'Write a logline.' = 25 characters; the reply is 31.
      usage: { prompt_tokens: 7, completion_tokens: 8, total_tokens: 15 },
    });
    expect(completion._request_id).toBe('req_1');
  });

  it('takes the text parts of a multi-part user message', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Describe' }, { type: 'text', text: 'this' }] }],
    });

    expect(completion.choices[0]?.message.content).toBe('Fake reply to: Describe\nthis');
  });

  it('fills a json_schema response format with a minimal instance', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o',
      messages,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'scene',
          strict: true,
          schema: {
            type: 'object',
            properties: {
              title: { type: 'string' },
              beats: { type: 'array', items: { type: 'integer' } },
              mood: { type: 'string', enum: ['tense', 'calm'] },
              final: { type: 'boolean' },
            },
            required: ['title', 'beats', 'mood', 'final'],
            additionalProperties: false,
          },
        },
      },
    });

    expect(JSON.parse(completion.choices[0]?.message.content ?? '')).toEqual({
      title: 'text',
      beats: [1],
      mood: 'tense',
      final: true,
    });
  });

  it('sends scripted content, JSON, finish reason and usage in order, then falls back to the default', async () => {
    server.enqueue(
      'chat',
      { reply: { content: 'INT. KITCHEN - NIGHT', finishReason: 'length', usage: { prompt_tokens: 3, completion_tokens: 4 } } },
      { reply: { json: { title: 'Dawn' } } },
    );

    const first = await client.chat.completions.create({ model: 'gpt-4o', messages });
    const second = await client.chat.completions.create({ model: 'gpt-4o', messages });
    const third = await client.chat.completions.create({ model: 'gpt-4o', messages });

    expect(first.choices[0]).toMatchObject({ finish_reason: 'length', message: { content: 'INT. KITCHEN - NIGHT' } });
    expect(first.usage).toMatchObject({ prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 });
    expect(second.choices[0]?.message.content).toBe('{"title":"Dawn"}');
    expect(third.choices[0]?.message.content).toBe('Fake reply to: Write a logline.');
  });

  it('streams one chunk per word whose deltas join to the scripted content', async () => {
    server.enqueue('chat', { reply: { content: 'She opens the door.' } });

    const stream = await client.chat.completions.create({ model: 'gpt-4o', messages, stream: true });
    const deltas: string[] = [];
    const finishReasons: (string | null)[] = [];
    const roles: (string | undefined)[] = [];
    for await (const chunk of stream) {
      deltas.push(chunk.choices[0]?.delta.content ?? '');
      finishReasons.push(chunk.choices[0]?.finish_reason ?? null);
      roles.push(chunk.choices[0]?.delta.role);
    }

    expect(deltas).toEqual(['', 'She ', 'opens ', 'the ', 'door.', '']);
    expect(roles[0]).toBe('assistant');
    expect(finishReasons).toEqual([null, null, null, null, null, 'stop']);
  });

  it('ends a stream with a usage chunk with empty choices when include_usage is set', async () => {
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);

    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toMatchObject({ prompt_tokens: 1, completion_tokens: 5, total_tokens: 6 });
    expect(chunks.slice(0, -1).every((chunk) => chunk.usage === null)).toBe(true);
  });

  it('builds a complete message through the SDK stream helper', async () => {
    server.enqueue('chat', { reply: { content: 'Cut to black.' } });

    const completion = await client.chat.completions.stream({ model: 'gpt-4o', messages }).finalChatCompletion();

    expect(completion.choices[0]?.message).toMatchObject({ role: 'assistant', content: 'Cut to black.' });
    expect(completion.choices[0]?.finish_reason).toBe('stop');
  });

  it('records the request body and headers the SDK sent', async () => {
    await client.chat.completions.create({ model: 'gpt-4o', messages, temperature: 0.2 });

    const [request] = server.requests;
    expect(request).toMatchObject({ route: 'chat', method: 'POST', path: '/v1/chat/completions' });
    expect(request?.json).toEqual({ model: 'gpt-4o', messages, temperature: 0.2 });
    expect(request?.headers['authorization']).toBe('Bearer sk-test');
    expect(request?.headers['content-type']).toBe('application/json');
  });
});
