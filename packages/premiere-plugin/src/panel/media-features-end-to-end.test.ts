import { readMediaManifestSummary } from '@reelkit/core/provenance/media';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPcmWav } from '../audio/__fixtures__/create-pcm-wav.js';
import { parseStoredJobs, type JobStore } from '../jobs/job-store.js';
import { createPanelHarness } from './__fixtures__/panel-harness.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer({ replicatePollsToFinish: 1 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const setUp = (keys: Record<string, string>, jobStore?: JobStore) => createPanelHarness(server, keys, jobStore);

describe('the panel runs the media features end to end', () => {
  it('translates with the script glossary, then dubs, each import one metadata step', async () => {
    const { views, picked, controller, steps, fake, files } = await setUp({ openai: 'sk-test' });
    controller.select('translate');
    controller.setOption('de; Kestrel Point = Turmfalkenspitze');
    expect([views.at(-1)?.runEnabled, views.at(-1)?.note]).toEqual([true, 'About $0.0001 with openai/gpt-4o-mini.']);
    server.enqueue('chat', { reply: { json: { cues: [{ index: 0, text: 'Mara steigt zur Turmfalkenspitze.' }] } } });
    await controller.run();
    const prompt = (server.requests.find((request) => request.route === 'chat')?.json as { messages: { content: string }[] }).messages[1]?.content ?? '';
    expect(prompt).toContain('Glossary:\nKestrel Point = Turmfalkenspitze\nMara\n');
    expect(picked).toEqual(['script']);
    expect(views.at(-1)?.message).toEqual({ tone: 'info', text: 'Captions in de written and imported.' });
    expect(steps()).toEqual(['Reelkit: create bin Reelkit Captions', 'Reelkit: translated captions of scene-4.mov']);

    controller.select('dub');
    controller.setOption('de');
    server.enqueue('speech', { reply: { body: createPcmWav(8000), headers: { 'content-type': 'audio/wav' } } });
    await controller.run();
    expect(views.at(-1)?.message).toEqual({ tone: 'info', text: '1 dub track imported into Reelkit Dubbing (1 with Content Credentials). scene-4.mov is not in the active sequence: the dubs are in the bin to place by hand. To review: scene-4.mov has no transcript to match to the script: every line is voiced with one voice.' });
    expect(steps().slice(2)).toEqual(['Reelkit: create bin Reelkit Dubbing', 'Reelkit: provenance of Reelkit Dubbing']);
    expect(fake.clip('/work/scene-4.de.dub.wav')?.xmp).toContain('<Iptc4xmpExt:AISystemUsed>openai/');
    expect((await readMediaManifestSummary(files.files.get('/work/scene-4.de.dub.wav') ?? new Uint8Array(), 'audio/wav'))?.validation.intact).toBe(true);
    controller.dispose();
  });

  it('plans a music cue, submits it on the second Run, and imports it after a panel reload', async () => {
    let saved: string | null = null;
    const jobStore: JobStore = { load: async () => parseStoredJobs(saved), save: async (jobs) => void (saved = JSON.stringify(jobs)) };
    const first = await setUp({ openai: 'sk-test', replicate: 'r8_test' }, jobStore);
    const second = 254_016_000_000n;
    await first.host.addMarkers([{ name: 'INT. LIGHTHOUSE - NIGHT', kind: 'chapter', startTicks: 5n * second, durationTicks: 20n * second }], 'markers');
    first.controller.select('music');
    first.controller.setOption('INT. LIGHTHOUSE - NIGHT');
    server.enqueue('chat', { reply: { json: { mood: 'dread', tempoBpm: 70, instrumentation: ['strings'], musicPrompt: 'low strings, 70 bpm' } } });
    await first.controller.run();
    expect([first.views.at(-1)?.runLabel, first.views.at(-1)?.message?.text]).toEqual([
      'Submit music cue',
      'Music cue for "INT. LIGHTHOUSE - NIGHT" (20 s): low strings, 70 bpm — About $0.01 with replicate/meta/musicgen. Run again to submit.',
    ]);
    // A prediction that finishes only after the reload.
    server.enqueue('predictions.create', { reply: { body: { output: `${server.url}/files/cue.mp3`, pollsToFinish: 3 } } });
    await first.controller.run();
    expect(parseStoredJobs(saved).map((job) => job.label)).toEqual(['Music cue for "INT. LIGHTHOUSE - NIGHT" (20 s)']);
    const savedBefore = saved;
    first.controller.dispose();

    const reloaded = await first.reload();
    await vi.waitFor(() => expect(saved).toBe('[]'));
    expect(first.steps().slice(-4)).toEqual([
      'Reelkit: create bin Reelkit Music',
      'Reelkit: provenance of Reelkit Music',
      'Reelkit: place Music cue for "INT. LIGHTHOUSE - NIGHT" (20 s)',
      'Reelkit: place Music cue for "INT. LIGHTHOUSE - NIGHT" (20 s): track names',
    ]);
    // On a new track named after its marker, from the marker's start.
    const musicTrack = first.fake.sequence.audioTracks[3];
    expect([musicTrack?.name, musicTrack?.items.map((item) => item.start)]).toEqual(['Music: INT. LIGHTHOUSE - NIGHT', [5n * second]]);
    expect(first.views.at(-1)?.jobs.map((job) => job.status)).toEqual(['Done']);
    const cue = first.files.files.get(`/work/Music-cue-for-INT-LIGHTHOUSE-NIGHT-20-s-${parseStoredJobs(savedBefore)[0]?.handle.id ?? ''}.mp3`) ?? new Uint8Array();
    expect((await readMediaManifestSummary(cue, 'audio/mpeg'))?.validation.intact).toBe(true);
    reloaded.dispose();
  });

  it('cancels a run in the panel and leaves the project as it was', async () => {
    const { views, controller, steps } = await setUp({ openai: 'sk-test' });
    controller.select('translate');
    controller.setOption('de');
    server.enqueue('chat', { fault: 'stall' });
    const run = controller.run();
    await vi.waitFor(() => expect(server.requests.map((request) => request.route)).toEqual(['chat']));
    controller.cancel();
    await run;
    expect(views.at(-1)?.message).toEqual({ tone: 'error', text: 'Cancelled; what was finished stays in the project.' });
    expect(steps()).toEqual([]);
  });
});
