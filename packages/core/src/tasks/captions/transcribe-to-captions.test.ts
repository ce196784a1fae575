import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGuard } from '../../guard/create-guard.js';
import { createOpenAI } from '../../providers/openai/openai-provider.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createTestRecorder } from '../__fixtures__/create-test-recorder.js';
import { transcribeToCaptions } from './transcribe-to-captions.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());
const runtime = createRuntime();
const openai = () => createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } });
const audio = new Uint8Array([1, 2, 3, 4]);
const speech = 'Mara Quinn climbs the stairs of Kestrel Point. She counts every single step.';

describe('transcribeToCaptions', () => {
  it('sends the script’s names as vocabulary and delivers SRT, WebVTT and a Premiere transcript, recorded', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    server.enqueue('transcriptions', { reply: { text: speech } });
    const result = await transcribeToCaptions({
      model: createGuard({ runtime, recorder }).transcription(openai().transcription('whisper-1')),
      audio,
      filename: 'reel-1.wav',
      mediaType: 'audio/wav',
      language: 'en',
      vocabulary: ['Mara Quinn', 'Kestrel Point'],
    });
    const form = server.requests[0]?.form ?? {};
    expect([form['model'], form['language'], form['prompt'], form['response_format']]).toEqual(['whisper-1', 'en', 'Mara Quinn, Kestrel Point', 'verbose_json']);
    // 13 words at 0.4 s each; Whisper's words carry no punctuation, so the cues do not either.
    expect(result.srt).toBe('1\n00:00:00,000 --> 00:00:05,200\nMara Quinn climbs the stairs of Kestrel\nPoint She counts every single step\n');
    expect(result.webVtt.startsWith('WEBVTT\n\n00:00:00.000 --> ')).toBe(true);
    expect(result.premiereTranscript?.language).toBe('en-us');
    expect(result.findings).toEqual([]);
    const [event] = await events();
    expect(result.provenanceId).toBe(event?.id);
    // The transcript is what the model generated; the captions are cut from it.
    expect(event).toMatchObject({ actor: { name: 'captions' }, model: 'whisper-1', parameters: { filename: 'reel-1.wav' }, outputDigest: `sha256:${await runtime.hasher.sha256(speech)}` });
  });

  it('reports the rules the cues still break under stricter settings', async () => {
    server.enqueue('transcriptions', { reply: { text: speech } });
    const result = await transcribeToCaptions({ model: createGuard({ runtime }).transcription(openai().transcription()), audio, filename: 'reel-1.wav', mediaType: 'audio/wav', rules: { maxCharsPerSecond: 8 } });
    expect(result.findings.map((finding) => finding.ruleId)).toContain('captions.max-chars-per-second');
    expect(result.findings[0]?.message).toMatch(/^Cue 1 \(00:00:00\.000\): The cue needs [\d.]+ characters a second; viewers read at most 8\.$/);
  });

  it('says so when there is no speech, instead of failing on the Premiere format', async () => {
    server.enqueue('transcriptions', { reply: { text: '' } });
    const result = await transcribeToCaptions({ model: createGuard({ runtime }).transcription(openai().transcription()), audio, filename: 'room-tone.wav', mediaType: 'audio/wav' });
    expect(result.cues).toEqual([]);
    expect(result.premiereTranscript).toBeUndefined();
    expect(result.findings.map((finding) => finding.message)).toEqual(['No speech was found in room-tone.wav.']);
  });
});
