import { createInstallSigningIdentity, createMediaSigner, readMediaManifestSummary } from '@reelkit/core/provenance/media';
import { defaultPriceTable } from '@reelkit/core/models';
import { createOpenAI, createReplicate } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';
import { createGuard } from '@reelkit/core/guard';
import { submitMusicCue } from '@reelkit/core/tasks/music';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { parseStoredJobs, type JobStore, type StoredJob } from '../jobs/job-store.js';
import { createJobTracker } from '../jobs/job-tracker.js';
import { createRecordingGuard, xmpProvenanceId } from '../provenance/__fixtures__/recording-guard.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { importJobOutput } from './import-job-output.js';
import { planMarkerMusicCue } from './plan-marker-music-cue.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer({ replicatePollsToFinish: 2 });
});
afterAll(() => server.close());

const second = 254_016_000_000n;
const brief = { mood: 'dread turning to resolve', tempoBpm: 72, instrumentation: ['low strings'], musicPrompt: 'slow low strings, 72 bpm, rising' };
const fountain = 'INT. KITCHEN - NIGHT\n\nMara pours coffee.\n\nINT. LIGHTHOUSE - NIGHT\n\nThe lamp is dead. MARA climbs in the dark.\n';

describe('music cue for a marker range, through the real OpenAI and Replicate SDKs', () => {
  it('plans from the scene named by the marker, submits, survives a reload, and imports the signed MP3 with XMP', async () => {
    const runtime = createRuntime();
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    await host.addMarkers([{ name: 'INT. LIGHTHOUSE - NIGHT', kind: 'chapter', startTicks: 10n * second, durationTicks: 0n }, { name: 'End', kind: 'comment', startTicks: 40n * second, durationTicks: 0n }], 'setup');
    server.enqueue('chat', { reply: { json: brief } });
    const music = createReplicate({ apiToken: 'r8_test', baseURL: server.replicateBaseURL, runtime }).music();
    const planned = await planMarkerMusicCue({
      host,
      model: createGuard().text(createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime }).text('gpt-4o-mini')),
      musicModel: music,
      prices: defaultPriceTable,
      markerName: 'INT. LIGHTHOUSE - NIGHT',
      fountain,
    });
    expect([planned.range, planned.plan.musicPrompt, planned.plan.durationSource]).toEqual([{ startSeconds: 10, durationSeconds: 30 }, 'slow low strings, 72 bpm, rising', 'explicit']);
    expect((server.requests[0]?.json as { messages: { content: string }[] }).messages[1]?.content).toBe(
      'Scene:\nINT. LIGHTHOUSE - NIGHT\n\nThe lamp is dead. MARA climbs in the dark.\n\nThe cue lasts 30 seconds.',
    );
    // 30 s of meta/musicgen at $0.000725 a second is $0.02175.
    expect(planned.estimate.summary).toBe('About $0.02 with replicate/meta/musicgen.');

    server.enqueue('predictions.create', { reply: { body: { output: `${server.url}/files/cue.mp3` } } });
    const handle = await submitMusicCue(createGuard({ runtime }).music(music), planned.plan);
    let saved: string | null = null;
    const store: JobStore = { load: async () => parseStoredJobs(saved), save: async (jobs) => void (saved = JSON.stringify(jobs)) };
    const first = createJobTracker({ store, modelFor: () => music, runtime: { sleep: () => new Promise(() => undefined) }, onChange: () => undefined, onSucceeded: () => undefined });
    await first.track({ handle, label: 'Music cue for "INT. LIGHTHOUSE - NIGHT" (30 s)' });
    first.dispose(); // the panel reloads before the job finishes

    const signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
    const { guard, entries } = await createRecordingGuard({ runtime, signer });
    const files = createMemoryFileStore();
    const imported: string[] = [];
    const reloaded = createJobTracker({
      store,
      modelFor: () => music,
      runtime: { sleep: async () => undefined },
      onChange: () => undefined,
      onSucceeded: async (job: StoredJob, output, metadata) => {
        const result = await importJobOutput({ host, files, guard, now: () => new Date('2026-11-25T01:00:00Z') }, job, output, metadata);
        imported.push(...result.imported.map((item) => item.path), ...result.signed);
      },
    });
    expect(await reloaded.resume()).toBe(1);
    await vi.waitFor(() => expect(saved).toBe('[]'));
    expect(imported).toEqual(['/work/Music-cue-for-INT-LIGHTHOUSE-NIGHT-30-s-' + handle.id + '.mp3', 'Music-cue-for-INT-LIGHTHOUSE-NIGHT-30-s-' + handle.id + '.mp3']);
    const mp3 = files.files.get(imported[0] ?? '') ?? new Uint8Array();
    expect((await readMediaManifestSummary(mp3, 'audio/mpeg'))?.activeManifest?.actions[0]).toMatchObject({ action: 'c2pa.created', softwareAgent: 'replicate/meta/musicgen' });
    expect(fake.project.undoSteps.map((step) => step.undoLabel)).toEqual(['setup', 'Reelkit: create bin Reelkit Music', 'Reelkit: provenance of Reelkit Music']);
    expect(fake.clip(imported[0] ?? '')?.xmp).toContain('<dc:source>Music cue for &quot;INT. LIGHTHOUSE - NIGHT&quot; (30 s)</dc:source>');
    // Delivered through the guard: the XMP names the entry whose digest is the signed MP3 as imported.
    expect(entries().find((entry) => entry.id === xmpProvenanceId(fake.clip(imported[0] ?? '')?.xmp))).toMatchObject({
      action: 'c2pa.created',
      actor: { type: 'ai', name: 'music' },
      model: 'meta/musicgen',
      outputDigest: `sha256:${await runtime.hasher.sha256(mp3)}`,
      parameters: { job: handle.id, signed: true },
    });
  });
});
