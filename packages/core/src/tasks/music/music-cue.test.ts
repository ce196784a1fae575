import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInstallSigningIdentity } from '../../provenance/media/create-install-signing-identity.js';
import { createMediaSigner, type MediaSigner } from '../../provenance/media/create-media-signer.js';
import { readMediaManifestSummary } from '../../provenance/media/read-media-manifest-summary.js';
import { createOpenAI } from '../../providers/openai/openai-provider.js';
import { createReplicate } from '../../providers/replicate/replicate-provider.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createGuard } from '../../guard/create-guard.js';
import { createTestRecorder } from '../__fixtures__/create-test-recorder.js';
import { collectMusicCue } from './collect-music-cue.js';
import { planMusicCue } from './plan-music-cue.js';
import { submitMusicCue } from './submit-music-cue.js';

let server: FakeProviderServer;
let signer: MediaSigner;
const runtime = createRuntime();
beforeAll(async () => {
  server = await createFakeProviderServer({ replicatePollsToFinish: 2 });
  signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
});
afterAll(() => server.close());
beforeEach(() => server.reset());
const openai = () => createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } });
const replicate = () => createReplicate({ apiToken: 'r8_test_token_0001', baseURL: server.replicateBaseURL, runtime, policy: { initialDelayMs: 1 } });

const scene = 'INT. LIGHTHOUSE - NIGHT\n\nThe lamp is dead. MARA climbs in the dark, counting steps.\n';
const brief = { mood: 'dread turning to resolve', tempoBpm: 72, instrumentation: ['low strings', 'ticking clock'], musicPrompt: 'slow low strings, ticking clock, 72 bpm, rising' };

describe('music cue', () => {
  it('takes the length from the scene’s page length and the mood from the guarded model', async () => {
    server.enqueue('chat', { reply: { json: brief } });
    const plan = await planMusicCue({ model: createGuard().text(openai().text('gpt-4o-mini')), scene });
    // Three printed lines round to 1/8 page: 7.5 s at a page a minute.
    expect(plan).toMatchObject({ ...brief, durationSeconds: 7.5, durationSource: 'page-length' });
    const sent = server.requests[0]?.json as { messages: { content: string }[]; response_format: { json_schema: { name: string } } };
    expect(sent.response_format.json_schema.name).toBe('music_cue_brief');
    expect(sent.messages[1]?.content).toBe(`Scene:\n${scene.trim()}\n\nThe cue lasts 7.5 seconds.`);
  });

  it('submits an explicit length as a Replicate job, survives a reload of the handle, and signs and records the MP3', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    server.enqueue('chat', { reply: { json: brief } });
    const plan = await planMusicCue({ model: createGuard().text(openai().text('gpt-4o-mini')), scene, durationSeconds: 29.6 });
    expect(plan.durationSource).toBe('explicit');
    server.enqueue('predictions.create', { reply: { body: { output: `${server.url}/files/cue.mp3` } } });
    const handle = await submitMusicCue(replicate().music(), plan);
    const created = server.requests.find((request) => request.route === 'predictions.create');
    expect(created?.path).toBe('/replicate/v1/models/meta/musicgen/predictions');
    expect(created?.json).toMatchObject({ input: { prompt: 'slow low strings, ticking clock, 72 bpm, rising', duration: 30, output_format: 'mp3' } });

    const restored = JSON.parse(JSON.stringify(handle)) as typeof handle;
    const cue = await collectMusicCue({ model: createGuard({ runtime, signer, recorder }).music(replicate().music()), handle: restored, intervalMs: 1, parameters: { prompt: 'media.music-cue@1' } });
    expect(cue.audio.mediaType).toBe('audio/mpeg');
    expect(cue.signed).toBe(true);
    const summary = await readMediaManifestSummary(cue.audio.bytes);
    expect(summary?.activeManifest?.actions[0]).toMatchObject({ action: 'c2pa.created', softwareAgent: 'replicate/meta/musicgen' });
    const [event] = await events();
    expect(cue.provenanceId).toBe(event?.id);
    expect(event).toMatchObject({
      actor: { name: 'music-cue' },
      action: 'c2pa.created',
      provider: 'replicate',
      model: 'meta/musicgen',
      parameters: { prompt: 'media.music-cue@1', job: handle.id, signed: true },
      outputDigest: `sha256:${await runtime.hasher.sha256(cue.audio.bytes)}`,
    });
    expect(cue.cost).toEqual(event?.cost);
  });

  it('rejects with the provider’s reason when the job fails, recording nothing', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    server.enqueue('predictions.create', { reply: { body: { status: 'failed', error: 'duration must be <= 30', pollsToFinish: 1 } } });
    const handle = await submitMusicCue(replicate().music(), { musicPrompt: 'x', durationSeconds: 300 });
    await expect(collectMusicCue({ model: createGuard({ runtime, recorder }).music(replicate().music()), handle, intervalMs: 1 })).rejects.toThrow(/music job .* failed: duration must be <= 30/);
    expect(await events()).toEqual([]);
  });
});
