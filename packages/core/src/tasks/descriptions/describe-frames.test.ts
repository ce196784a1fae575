import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAI } from '../../providers/openai/openai-provider.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createTinyPng } from '../../testing/tiny-png.js';
import { createGuard } from '../../guard/create-guard.js';
import { createTestRecorder } from '../__fixtures__/create-test-recorder.js';
import { describeFrames } from './describe-frames.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());
const runtime = createRuntime();
const vision = () => createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } }).text('gpt-4o');
const frame = (time: number) => ({ time, image: { bytes: new Uint8Array(createTinyPng()), filename: `frame-${time}.png`, mediaType: 'image/png' } });
// Dialogue at 0.5–3 s and 6–9 s of a 12 s clip: usable pauses 3.2–5.8 s and 9.2–12 s.
const speech = [{ start: 0.5, end: 3 }, { start: 6, end: 9 }];
type ChatBody = { messages: { role: string; content: string | { type: string; text?: string; image_url?: { url: string; detail: string } }[] }[] };

describe('describeFrames', () => {
  it('describes frames with the image attached and fits each description into the next pause, shortening when needed', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    server.enqueue(
      'chat',
      { reply: { content: 'Mara reaches the lamp room.' } },
      { reply: { content: 'Mara strikes a match, and the great lens catches the flame and throws it across the sea.' } },
      { reply: { content: 'The lens throws light seaward.' } },
      { reply: { content: 'Gulls wheel.' } },
      { reply: { content: 'Gulls wheel over the cliff.' } },
    );
    const result = await describeFrames({
      model: createGuard({ recorder }).text(vision()),
      frames: [frame(7), frame(3.2), frame(11.5), frame(13)],
      speech,
      mediaDurationSeconds: 12,
      context: 'INT. LIGHTHOUSE - NIGHT. Mara, the keeper.',
    });
    const bodies = server.requests.map((request) => request.json as ChatBody);
    expect(bodies).toHaveLength(5);
    const user = bodies[0]?.messages[1]?.content;
    expect(Array.isArray(user) ? user.map((part) => part.type) : user).toEqual(['text', 'image_url']);
    expect(Array.isArray(user) ? user[0]?.text : '').toBe('Context: INT. LIGHTHOUSE - NIGHT. Mara, the keeper.\n\nDescribe this frame in at most 6 words.');
    expect(Array.isArray(user) ? user[1]?.image_url?.url.startsWith('data:image/png;base64,') : false).toBe(true);
    expect(bodies[2]?.messages[1]?.content).toBe(
      'Shorten to at most 7 words:\nMara strikes a match, and the great lens catches the flame and throws it across the sea.',
    );
    expect(result.cues).toEqual([
      { id: 'ad-1', start: 3.2, end: 5.2, lines: ['Mara reaches the lamp room.'] },
      { id: 'ad-2', start: 9.2, end: 11.2, lines: ['The lens throws light seaward.'] },
    ]);
    expect(result.webVtt).toBe('WEBVTT\n\nad-1\n00:00:03.200 --> 00:00:05.200\nMara reaches the lamp room.\n\nad-2\n00:00:09.200 --> 00:00:11.200\nThe lens throws light seaward.\n');
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'audio-description.does-not-fit',
        message: 'The frame at 00:00:11.500: the description needs about 2.0 s, but the pause at 00:00:11.500 leaves 0.5 s.',
        evidence: 'Gulls wheel over the cliff.',
      }),
      expect.objectContaining({ ruleId: 'audio-description.does-not-fit', message: 'The frame at 00:00:13.000 has no pause in the dialogue after it long enough for a description.' }),
    ]);
    const recorded = await events();
    expect(result.provenanceIds).toEqual(recorded.map((event) => event.id));
    expect(recorded.map((event) => (event.parameters as { prompt: { id: string } }).prompt.id)).toEqual([
      'media.describe-frame',
      'media.describe-frame',
      'media.shorten-description',
      'media.describe-frame',
      'media.shorten-description',
    ]);
    expect(result.cost.usd).toBeGreaterThan(0);
  });
});
