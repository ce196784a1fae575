import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInstallSigningIdentity } from '../../provenance/media/create-install-signing-identity.js';
import { createMediaSigner, type MediaSigner } from '../../provenance/media/create-media-signer.js';
import { createGuard } from '../../guard/create-guard.js';
import { createOpenAI } from '../../providers/openai/openai-provider.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createTestRecorder } from '../__fixtures__/create-test-recorder.js';
import { createWav } from '../__fixtures__/create-wav.js';
import { dubCues } from './dub-cues.js';

let server: FakeProviderServer;
let signer: MediaSigner;
const runtime = createRuntime();
beforeAll(async () => {
  server = await createFakeProviderServer();
  signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
});
afterAll(() => server.close());
beforeEach(() => server.reset());
const speech = () => createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } }).speech('tts-1');
const take = (seconds: number) => ({ reply: { body: createWav(seconds), headers: { 'content-type': 'audio/wav' } } });

const german = [
  { start: 1, end: 3, lines: ['Mara steigt hinauf.'] },
  { start: 3.5, end: 5.3, lines: ['Sie zählt jede Stufe.'] },
  { start: 6.5, end: 8, lines: ['Einundvierzig, zweiundvierzig,', 'dreiundvierzig!'] },
];

describe('dubCues', () => {
  it('fits lines to their cues: retries a long take once, faster, then reports what still runs over', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    server.enqueue('speech', take(0.5), take(2), take(1.7), take(2.4), take(1.9));
    const tracks = await dubCues({
      model: createGuard({ runtime, signer, recorder }).speech(speech()),
      tracks: [{ language: 'de', cues: german, voice: 'onyx' }, { language: 'fr', cues: [{ start: 0, end: 1, lines: ['Quarante et un.'] }] }],
    });
    const sent = server.requests.map((request) => request.json as { speed: number; voice: string; response_format: string; input: string });
    expect(sent.map((body) => [body.input, body.speed, body.voice])).toEqual([
      ['Mara steigt hinauf.', 1, 'onyx'],
      ['Sie zählt jede Stufe.', 1, 'onyx'],
      ['Sie zählt jede Stufe.', 1.12, 'onyx'],
      ['Einundvierzig, zweiundvierzig, dreiundvierzig!', 1, 'onyx'],
      ['Einundvierzig, zweiundvierzig, dreiundvierzig!', 1.25, 'onyx'],
      ['Quarante et un.', 1, 'alloy'],
    ]);
    expect(sent.every((body) => body.response_format === 'wav')).toBe(true);
    const [de, fr] = tracks;
    expect(de?.cues.map((cue) => [cue.durationSeconds, cue.speed, cue.attempts, cue.overrunSeconds, cue.signed])).toEqual([
      [0.5, 1, 1, 0, true],
      [1.7, 1.12, 2, 0, true],
      [1.9, 1.25, 2, 0.4, true],
    ]);
    expect(de?.findings).toEqual([
      expect.objectContaining({
        ruleId: 'dubbing.overrun',
        severity: 'warning',
        message: 'de: Cue 3 (00:00:06.500): the line runs 1.9 s in a 1.5 s cue (0.4 s over) at speed 1.25.',
      }),
    ]);
    expect(fr).toMatchObject({ language: 'fr', findings: [], cues: [{ durationSeconds: 0.01, attempts: 1, overrunSeconds: 0 }] });
    // Every take is billed, the retried ones included: tts-1 is $15 per million characters.
    const characters = sent.reduce((sum, body) => sum + body.input.length, 0) - 'Quarante et un.'.length;
    expect(de?.cost).toEqual({ usd: Math.round(characters * 15) / 1e6, incomplete: false });
    const recorded = await events();
    // Every take is recorded, the retried ones too: each was generated and paid for.
    expect(recorded.map((event) => event.parameters)).toEqual([
      { language: 'de', cue: 1, speed: 1, attempt: 1, voice: 'onyx', signed: true },
      { language: 'de', cue: 2, speed: 1, attempt: 1, voice: 'onyx', signed: true },
      { language: 'de', cue: 2, speed: 1.12, attempt: 2, voice: 'onyx', signed: true },
      { language: 'de', cue: 3, speed: 1, attempt: 1, voice: 'onyx', signed: true },
      { language: 'de', cue: 3, speed: 1.25, attempt: 2, voice: 'onyx', signed: true },
      { language: 'fr', cue: 1, speed: 1, attempt: 1, signed: true },
    ]);
    expect(recorded[4]?.outputDigest).toBe(`sha256:${await runtime.hasher.sha256(de?.cues[2]?.audio.bytes ?? new Uint8Array())}`);
  });

  it('does not retry when the first take is already at the speed limit', async () => {
    server.enqueue('speech', take(3));
    const [track] = await dubCues({ model: createGuard({ runtime }).speech(speech()), tracks: [{ language: 'de', cues: [german[0] ?? { start: 0, end: 0, lines: [] }] }], speed: 1.25 });
    expect(server.requests).toHaveLength(1);
    expect(track?.findings.map((finding) => finding.message)).toEqual(['de: Cue 1 (00:00:01.000): the line runs 3 s in a 2 s cue (1 s over) at speed 1.25.']);
  });
});
