import OpenAI, { toFile } from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeProviderServer, type FakeProviderServer } from './index.js';
import { createTinyWav } from './tiny-wav.js';

let server: FakeProviderServer;
let client: OpenAI;

beforeEach(async () => {
  server = await createFakeProviderServer();
  client = new OpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, maxRetries: 0 });
});
afterEach(async () => {
  await server.close();
});

const audio = (): Promise<File> => toFile(createTinyWav(), 'scene-12.wav', { type: 'audio/wav' });

describe('transcriptions', () => {
  it('times the default transcript word by word in verbose_json', async () => {
    const transcription = await client.audio.transcriptions.create({
      file: await audio(),
      model: 'whisper-1',
      response_format: 'verbose_json',
      timestamp_granularities: ['word', 'segment'],
    });

    expect(transcription).toMatchObject({
      task: 'transcribe',
      language: 'english',
      duration: 1.6,
      text: 'Fake transcript of scene-12.wav.',
    });
    expect(transcription.words).toEqual([
      { word: 'Fake', start: 0, end: 0.4 },
      { word: 'transcript', start: 0.4, end: 0.8 },
      { word: 'of', start: 0.8, end: 1.2 },
      { word: 'scene-12.wav', start: 1.2, end: 1.6 },
    ]);
    expect(transcription.segments).toEqual([
      expect.objectContaining({ id: 0, start: 0, end: 1.6, text: ' Fake transcript of scene-12.wav.', tokens: [] }),
    ]);
  });

  it('records the multipart fields and the file summary', async () => {
    await client.audio.transcriptions.create({ file: await audio(), model: 'whisper-1', language: 'en' });

    const [request] = server.requests;
    expect(request?.route).toBe('transcriptions');
    expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.form).toEqual({
      file: { filename: 'scene-12.wav', contentType: 'audio/wav', size: createTinyWav().length },
      model: 'whisper-1',
      language: 'en',
    });
  });

  it('answers json with the text only, and text as plain text', async () => {
    const json = await client.audio.transcriptions.create({ file: await audio(), model: 'whisper-1' });
    const text = await client.audio.transcriptions.create({ file: await audio(), model: 'whisper-1', response_format: 'text' });

    expect(json).toEqual({ text: 'Fake transcript of scene-12.wav.' });
    expect(text).toBe('Fake transcript of scene-12.wav.\n');
  });

  it('uses a scripted text in every format, and a scripted body as it is', async () => {
    server.enqueue('transcriptions', { reply: { text: 'Roll camera.' } }, { reply: { body: { text: 'raw' } } });

    const scripted = await client.audio.transcriptions.create({
      file: await audio(),
      model: 'whisper-1',
      response_format: 'verbose_json',
    });
    const raw = await client.audio.transcriptions.create({ file: await audio(), model: 'whisper-1' });

    expect(scripted.words?.map((word) => word.word)).toEqual(['Roll', 'camera']);
    expect(scripted.duration).toBe(0.8);
    expect(raw).toEqual({ text: 'raw' });
  });
});
