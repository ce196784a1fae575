import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeProviderServer, type FakeProviderServer } from './index.js';

let server: FakeProviderServer;

beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(async () => {
  await server.close();
});

describe('GET /files/<name>', () => {
  it.each([
    ['still.png', 'image/png', '89504e47', 77],
    ['voice.mp3', 'audio/mpeg', '494433', 427],
    ['take.wav', 'audio/wav', '52494646', 524],
    ['clip.mp4', 'video/mp4', '0000001866747970', 24],
  ])('serves %s as %s with its length', async (name, contentType, magic, length) => {
    const response = await fetch(`${server.url}/files/${name}`);
    const bytes = Buffer.from(await response.arrayBuffer());

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-length')).toBe(String(length));
    expect(bytes.length).toBe(length);
    expect(bytes.subarray(0, magic.length / 2).toString('hex')).toBe(magic);
  });

  it('answers 404 with an OpenAI-style error for an unknown extension', async () => {
    const response = await fetch(`${server.url}/files/notes.txt`);

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: 'No fake file for notes.txt' } });
  });
});
