import { createRuntime, type Runtime } from '@reelkit/core/runtime';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPcmWav } from '../audio/__fixtures__/create-pcm-wav.js';
import { createMemoryFileStore } from '../features/__fixtures__/memory-file-store.js';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { parseStoredJobs, type JobStore } from '../jobs/job-store.js';
import type { SecretStore } from '../ports/secret-store.js';
import { createPanelController } from './create-panel-controller.js';
import type { PanelView } from './panel-view-model.js';
import { createModels } from '../features/create-models.js';
import { loadMediaSigner } from '../features/load-media-signer.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer({ replicatePollsToFinish: 1 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** The providers' real hosts, answered by the loopback fake (injected through the runtime's fetch, as UXP's is). */
function loopbackRuntime(): Runtime {
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input)
      .replace('https://api.openai.com/v1', server.openaiBaseURL)
      .replace('https://api.replicate.com/v1', server.replicateBaseURL);
    return globalThis.fetch(url, init);
  };
  return createRuntime({ fetch, sleep: async () => undefined, now: () => Date.parse('2026-11-25T01:00:00Z') });
}

function secretsWith(values: Record<string, string>): SecretStore & { values: Map<string, string> } {
  const map = new Map(Object.entries(values));
  return { values: map, get: async (name) => map.get(name), set: async (name, value) => void map.set(name, value), delete: async (name) => void map.delete(name) };
}

const srt = '1\n00:00:01,000 --> 00:00:03,000\nMara climbs to Kestrel Point.\n';
const fountain = 'INT. LIGHTHOUSE - NIGHT\n\nMARA climbs the iron stairs.\n\nMARA\nForty-one.\n';

async function setUp(keys: Record<string, string>, jobStore: JobStore = { load: async () => [], save: async () => undefined }) {
  const fake = createFakePremiere();
  const host = createPremiereHost(fake.api);
  await host.importIntoBin({ paths: ['/media/scene-4.mov'], binName: 'Footage', undoLabel: 'setup' });
  const clip = fake.clip('/media/scene-4.mov');
  if (clip !== undefined) fake.selection.push(clip);
  const files = createMemoryFileStore({ '/media/scene-4.mov': new Uint8Array([0, 0, 0, 24]), '/work/scene-4.srt': new TextEncoder().encode(srt) });
  const views: PanelView[] = [];
  const picked: string[] = [];
  const controller = await createPanelController({
      loadSigner: loadMediaSigner,
      loadModels: createModels,
    host,
    files,
    secrets: secretsWith(keys),
    jobStore,
    runtime: loopbackRuntime(),
    pickScript: async () => (picked.push('script'), fountain),
    render: (view) => views.push(view),
  });
  await controller.refresh();
  return { fake, host, files, views, picked, controller, steps: () => fake.project.undoSteps.slice(1).map((step) => step.undoLabel) };
}

describe('the panel runs the media features end to end', () => {
  it('translates with the script glossary, then dubs, each import one metadata step', async () => {
    const { views, picked, controller, steps, fake } = await setUp({ openai: 'sk-test' });
    controller.select('translate');
    controller.setOption('de; Kestrel Point = Turmfalkenspitze');
    expect([views.at(-1)?.runEnabled, views.at(-1)?.note]).toEqual([true, 'About $0.0001 with openai/gpt-4o-mini.']);
    server.enqueue('chat', { reply: { json: { cues: [{ index: 0, text: 'Mara steigt zur Turmfalkenspitze.' }] } } });
    await controller.run();
    const prompt = (server.requests[0]?.json as { messages: { content: string }[] }).messages[1]?.content ?? '';
    expect(prompt).toContain('Glossary:\nKestrel Point = Turmfalkenspitze\nMara\n');
    expect(picked).toEqual(['script']);
    expect(views.at(-1)?.message).toEqual({ tone: 'info', text: 'Captions in de written and imported.' });
    expect(steps()).toEqual(['Reelkit: create bin Reelkit Captions', 'Reelkit: translated captions of scene-4.mov']);

    controller.select('dub');
    controller.setOption('de');
    server.enqueue('speech', { reply: { body: createPcmWav(8000), headers: { 'content-type': 'audio/wav' } } });
    await controller.run();
    expect(views.at(-1)?.message).toEqual({ tone: 'info', text: '1 dub track imported into Reelkit Dubbing (1 with Content Credentials).' });
    expect(steps().slice(2)).toEqual(['Reelkit: create bin Reelkit Dubbing', 'Reelkit: provenance of Reelkit Dubbing']);
    expect(fake.clip('/work/scene-4.de.dub.wav')?.xmp).toContain('<Iptc4xmpExt:AISystemUsed>openai/');
    controller.dispose();
  });

  it('plans a music cue, submits it on the second Run, and imports it after a panel reload', async () => {
    let saved: string | null = null;
    const jobStore: JobStore = { load: async () => parseStoredJobs(saved), save: async (jobs) => void (saved = JSON.stringify(jobs)) };
    const first = await setUp({ openai: 'sk-test', replicate: 'r8_test' }, jobStore);
    const second = 254_016_000_000n;
    await first.host.addMarkers([{ name: 'INT. LIGHTHOUSE - NIGHT', kind: 'chapter', startTicks: 0n, durationTicks: 20n * second }], 'markers');
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
    first.controller.dispose();

    const reloaded = await createPanelController({
      loadSigner: loadMediaSigner,
      loadModels: createModels,
      host: first.host,
      files: first.files,
      secrets: secretsWith({ openai: 'sk-test', replicate: 'r8_test' }),
      jobStore,
      runtime: loopbackRuntime(),
      pickScript: async () => undefined,
      render: (view) => first.views.push(view),
    });
    await vi.waitFor(() => expect(saved).toBe('[]'));
    expect(first.steps().slice(-2)).toEqual(['Reelkit: create bin Reelkit Music', 'Reelkit: provenance of Reelkit Music']);
    expect(first.views.at(-1)?.jobs.map((job) => job.status)).toEqual(['Done']);
    reloaded.dispose();
  });

  it('cancels a run in the panel and leaves the project as it was', async () => {
    const { views, controller, steps } = await setUp({ openai: 'sk-test' });
    controller.select('translate');
    controller.setOption('de');
    server.enqueue('chat', { fault: 'stall' });
    const run = controller.run();
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.cancel();
    await run;
    expect(views.at(-1)?.message).toEqual({ tone: 'error', text: 'Cancelled; what was finished stays in the project.' });
    expect(steps()).toEqual([]);
  });
});
