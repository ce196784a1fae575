import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createObjectSchema } from '../../models/object-schema.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createOpenAI, type OpenAIProviderSettings } from './openai-provider.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const openai = (overrides: Partial<OpenAIProviderSettings> = {}) =>
  createOpenAI({
    apiKey: 'sk-test-key-0001',
    baseURL: server.openaiBaseURL,
    runtime: createRuntime({ random: () => 0 }),
    policy: { initialDelayMs: 20, idleTimeoutMs: 300 },
    ...overrides,
  });
const hello = [{ role: 'user' as const, content: 'Write a logline about a lighthouse.' }];

describe('createOpenAI — modalities through the real openai SDK', () => {
  it('generates text with usage, cost and request id, sending what the caller asked', async () => {
    const result = await openai().text('gpt-4o-mini').generate({ messages: hello, maxOutputTokens: 50, temperature: 0.7 });
    expect(result.text).toBe('Fake reply to: Write a logline about a lighthouse.');
    expect(result).toMatchObject({ provider: 'openai', modelId: 'gpt-4o-mini', finishReason: 'stop', fromCache: false, requestId: 'req_1' });
    expect(Object.keys(result).sort()).toEqual(['cost', 'finishReason', 'fromCache', 'modelId', 'provider', 'requestId', 'text', 'usage']);
    expect(result.usage).toEqual({ inputTokens: 9, outputTokens: 13 });
    expect(result.cost).toEqual({ usd: (9 * 0.15 + 13 * 0.6) / 1e6, incomplete: false });
    const [request] = server.requests;
    expect(request?.headers.authorization).toBe('Bearer sk-test-key-0001');
    expect(request?.json).toMatchObject({ model: 'gpt-4o-mini', messages: hello, max_completion_tokens: 50, temperature: 0.7 });
  });

  it('sends images to vision models as data URLs beside the text', async () => {
    const frame = { bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), filename: 'frame.png', mediaType: 'image/png' };
    await openai().text('gpt-4o-mini').generate({
      messages: [
        { role: 'system', content: 'Describe for audio description.' },
        { role: 'user', content: [{ type: 'text', text: 'What happens?' }, { type: 'image', image: frame, detail: 'low' }] },
      ],
    });
    expect(server.requests[0]?.json).toMatchObject({
      messages: [
        { role: 'system', content: 'Describe for audio description.' },
        { role: 'user', content: [{ type: 'text', text: 'What happens?' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw==', detail: 'low' } }] },
      ],
    });
  });

  it('streams text deltas, then one finish part with the whole text and usage', async () => {
    server.enqueue('chat', { reply: { content: 'INT. LIGHTHOUSE - NIGHT', usage: { prompt_tokens: 7, completion_tokens: 5 } } });
    const deltas: string[] = [];
    let finish;
    for await (const part of openai().text().stream({ messages: hello })) {
      if (part.type === 'text-delta') deltas.push(part.text);
      else finish = part.result;
    }
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('INT. LIGHTHOUSE - NIGHT');
    expect(finish).toMatchObject({ text: 'INT. LIGHTHOUSE - NIGHT', finishReason: 'stop', usage: { inputTokens: 7, outputTokens: 5 } });
    expect(server.requests[0]?.json).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  const beats = createObjectSchema<{ title: string; beats: string[] }>('beat_outline', {
    type: 'object',
    properties: { title: { type: 'string' }, beats: { type: 'array', items: { type: 'string' } } },
    required: ['title', 'beats'],
    additionalProperties: false,
  });

  it('returns a schema-validated object, sending the schema as a strict response format', async () => {
    server.enqueue('chat', { reply: { json: { title: 'Beacon', beats: ['storm', 'rescue'] } } });
    const result = await openai().text().generateObject({ messages: hello, schema: beats });
    expect(result.object).toEqual({ title: 'Beacon', beats: ['storm', 'rescue'] });
    expect(server.requests[0]?.json).toMatchObject({
      response_format: { type: 'json_schema', json_schema: { name: 'beat_outline', strict: true, schema: { required: ['title', 'beats'] } } },
    });
  });

  it('rejects output that does not match the schema, or is not JSON, with SchemaMismatchError', async () => {
    server.enqueue('chat', { reply: { json: { title: 'Beacon', beats: 'storm' } } }, { reply: { content: '{"title": "Bea' , finishReason: 'length' } });
    const model = openai().text();
    await expect(model.generateObject({ messages: hello, schema: beats })).rejects.toMatchObject({
      code: 'schema_mismatch',
      issues: [{ path: '/beats', message: expect.any(String) }],
    });
    await expect(model.generateObject({ messages: hello, schema: beats })).rejects.toMatchObject({
      code: 'schema_mismatch',
      issues: [{ path: '', message: 'the output was cut off at the token limit' }],
      text: '{"title": "Bea',
    });
  });

  it('embeds values in input order as unit vectors', async () => {
    const result = await openai().embedding().embed({ values: ['storm', 'rescue'], dimensions: 4 });
    expect(result.embeddings).toHaveLength(2);
    expect(result.embeddings[0]).toHaveLength(4);
    const norm = Math.hypot(...(result.embeddings[0] ?? []));
    expect(norm).toBeCloseTo(1, 5);
    expect(result.embeddings[0]).not.toEqual(result.embeddings[1]);
    expect(server.requests[0]?.json).toMatchObject({ model: 'text-embedding-3-small', input: ['storm', 'rescue'], dimensions: 4 });
  });

  it('moderates each input separately', async () => {
    const result = await openai().moderation().moderate({ inputs: ['a quiet walk', 'FLAG-ME please'] });
    expect(result.verdicts.map((verdict) => verdict.flagged)).toEqual([false, true]);
    expect(result.verdicts[1]?.categories.violence).toEqual({ flagged: true, score: 0.9 });
  });

  it('returns images as PNG bytes, whether the API sent base64 or a URL', async () => {
    const inline = await openai().image('gpt-image-1').generate({ prompt: 'storyboard frame', count: 2, size: '1024x1024' });
    expect(inline.images).toHaveLength(2);
    expect(inline.images[0]?.mediaType).toBe('image/png');
    expect(Array.from(inline.images[0]?.bytes.slice(1, 4) ?? [])).toEqual([0x50, 0x4e, 0x47]);
    expect(inline.usage).toEqual({ images: 2 });
    expect(inline.cost.usd).toBeCloseTo(0.084, 6);

    server.reset();
    server.enqueue('images', { reply: { body: { created: 1, data: [{ url: `${server.url}/files/frame.png` }] } } });
    const linked = await openai().image('dall-e-3').generate({ prompt: 'storyboard frame' });
    expect(linked.images[0]).toMatchObject({ mediaType: 'image/png', sourceUrl: `${server.url}/files/frame.png` });
    expect(server.requests.map((request) => request.route)).toEqual(['images', 'files']);
    expect(server.requests[0]?.json).toMatchObject({ response_format: 'b64_json' });
  });

  it('speaks text as audio bytes of the requested format', async () => {
    const mp3 = await openai().speech('tts-1', 'nova').synthesize({ text: 'Previously, on the lighthouse.' });
    expect(mp3.audio.mediaType).toBe('audio/mpeg');
    expect(mp3.audio.bytes.length).toBeGreaterThan(100);
    expect(mp3.usage).toEqual({ characters: 30 });
    expect(server.requests[0]?.json).toMatchObject({ model: 'tts-1', voice: 'nova', input: 'Previously, on the lighthouse.', response_format: 'mp3' });
    const wav = await openai().speech('tts-1').synthesize({ text: 'Hi.', format: 'wav' });
    expect(new TextDecoder().decode(wav.audio.bytes.slice(0, 4))).toBe('RIFF');
  });

  it('transcribes audio with word timings, sending the file as multipart', async () => {
    const result = await openai().transcription().transcribe({ audio: new Uint8Array(2048), filename: 'scene-12.wav', mediaType: 'audio/wav', language: 'en' });
    expect(result.text).toBe('Fake transcript of scene-12.wav.');
    expect(result.words.map((word) => word.text)).toEqual(['Fake', 'transcript', 'of', 'scene-12.wav']);
    expect(result.words[1]).toEqual({ text: 'transcript', start: 0.4, end: 0.8 });
    expect(result.durationSeconds).toBeCloseTo(1.6, 5);
    expect(result.usage.seconds).toBeCloseTo(1.6, 5);
    expect(server.requests[0]?.form).toMatchObject({
      model: 'whisper-1',
      language: 'en',
      response_format: 'verbose_json',
      file: { filename: 'scene-12.wav', contentType: 'audio/wav', size: 2048 },
    });
  });

  it('fails at creation with a typed error when there is no key', () => {
    expect(() => createOpenAI({ apiKey: undefined })).toThrow(expect.objectContaining({ code: 'missing_api_key' }));
  });
});
