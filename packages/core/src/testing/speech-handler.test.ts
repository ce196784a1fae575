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

const speak = async (options: Partial<OpenAI.Audio.SpeechCreateParams> = {}): Promise<[string | null, Buffer]> => {
  const response = await client.audio.speech.create({ model: 'gpt-4o-mini-tts', voice: 'alloy', input: 'Hello', ...options });
  return [response.headers.get('content-type'), Buffer.from(await response.arrayBuffer())];
};

describe('speech', () => {
  it('returns the same small MP3 each time, starting with an ID3 tag', async () => {
    const [contentType, bytes] = await speak();
    const [, again] = await speak();

    expect(contentType).toBe('audio/mpeg');
    expect(bytes.subarray(0, 3).toString('latin1')).toBe('ID3');
    expect(bytes.length).toBe(427);
    expect(again).toEqual(bytes);
  });

  it('returns a valid WAV when asked', async () => {
    const [contentType, bytes] = await speak({ response_format: 'wav' });

    expect(contentType).toBe('audio/wav');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WAVE');
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(bytes.readUInt32LE(40)).toBe(bytes.length - 44);
  });

  it('sends scripted bytes with their content type', async () => {
    server.enqueue('speech', { reply: { body: new Uint8Array([1, 2, 3]), headers: { 'content-type': 'audio/ogg' } } });

    const [contentType, bytes] = await speak();

    expect(contentType).toBe('audio/ogg');
    expect([...bytes]).toEqual([1, 2, 3]);
  });
});
