import { createOpenAI } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { checkWellFormed } from '../provenance/__fixtures__/check-well-formed.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { planTrailer } from './plan-trailer.js';
import { createGuard } from '@reelkit/core/guard';
import { premiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { createRecordingGuard } from '../provenance/__fixtures__/recording-guard.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const srt = '1\n00:00:00,000 --> 00:00:02,000\nThe storm hits the lighthouse.\n\n2\n00:00:03,000 --> 00:00:05,000\nTea, anyone?\n\n3\n00:00:06,000 --> 00:00:09,000\nSomeone is on the rocks!\n';
const second = 254_016_000_000n;

describe('planTrailer through the real OpenAI SDK', () => {
  it('picks beats for the profile, adds their markers in one undo step and, before 26.3, imports an FCP 7 XML sequence', async () => {
    // Profile, then the three cues: the storm fits best; the rescue is next (less like the storm than tea is like nothing).
    server.enqueue('embeddings', { reply: { vectors: [[1, 0], [0.96, 0.28], [0, 1], [0.6, 0.8]] } });
    const fake = createFakePremiere();
    const files = createMemoryFileStore({ '/work/reel-1.srt': new TextEncoder().encode(srt) });
    const result = await planTrailer({
      host: createPremiereHost(fake.api),
      files,
      guard: createGuard(),
      capabilities: premiereCapabilities('26.2.0'),
      model: createGuard().embedding(createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime: createRuntime() }).embedding('text-embedding-3-small')),
      profile: 'Fans of coastal thrillers',
      targetDurationSeconds: 5,
      source: { kind: 'clip', mediaPath: '/media/reel-1.mov' },
    });
    expect(result.plan.items.map((item) => [item.label, item.planStart, item.planEnd])).toEqual([
      ['The storm hits the lighthouse. (0.0 s)', 0, 2],
      ['Someone is on the rocks! (6.0 s)', 2, 5],
    ]);
    expect(fake.project.undoSteps).toEqual([
      { undoLabel: 'Reelkit: trailer plan', actions: ['add marker Trailer 1: The storm hits the lighthouse. (0.0 s)', 'add marker Trailer 2: Someone is on the rocks! (6.0 s)'] },
      { undoLabel: 'Reelkit: create bin Reelkit Sequences', actions: ['create bin Reelkit Sequences'] },
    ]);
    expect(fake.sequence.markers.map((marker) => [marker.start, marker.duration, marker.comments])).toEqual([
      ['0', (2n * second).toString(), 'Fits the profile at 0.96; the best match.'],
      [(6n * second).toString(), (3n * second).toString(), 'Fits the profile at 0.60; closest earlier pick: The storm hits the lighthouse. (0.0 s) (0.80).'],
    ]);
    expect(result.sequence).toEqual({ name: 'Trailer: reel-1.mov', route: 'xml-imported', xmlPath: '/work/reel-1.trailer.xml' });
    expect(fake.project.importCalls).toEqual([{ paths: ['/work/reel-1.trailer.xml'], bin: 'Reelkit Sequences' }]);
    const xml = files.text('/work/reel-1.trailer.xml') ?? '';
    expect(checkWellFormed(xml)).toEqual([]);
    // 24 fps: the rescue (6–9 s of the source) plays from 2 s to 5 s.
    expect(xml).toContain('<start>48</start><end>120</end>');
    expect(xml).toContain('<in>144</in><out>216</out>');
  });

  it('plans from a script without footage: markers only in the sequence file, nothing changed without a sequence', async () => {
    const fake = createFakePremiere({ sequence: null });
    const model = createGuard().embedding(createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime: createRuntime() }).embedding('text-embedding-3-small'));
    const source = { kind: 'script', fountain: 'INT. LIGHTHOUSE - NIGHT\n\nThe storm.\n', name: 'pilot.fountain' } as const;
    const context = { guard: createGuard(), capabilities: premiereCapabilities('26.3.0') };
    await expect(planTrailer({ host: createPremiereHost(fake.api), files: createMemoryFileStore(), ...context, model, profile: 'x', targetDurationSeconds: 30, source })).rejects.toThrow('No sequence is active.');
    expect([server.requests.length, fake.project.undoSteps.length]).toEqual([0, 0]);

    server.enqueue('embeddings', { reply: { vectors: [[1, 0], [1, 0]] } });
    const files = createMemoryFileStore();
    const withSequence = createFakePremiere();
    const result = await planTrailer({ host: createPremiereHost(withSequence.api), files, ...context, model, profile: 'x', targetDurationSeconds: 30, source });
    expect([result.markersAdded, result.sequence.xmlPath, withSequence.sequence.markers[0]?.name]).toEqual([1, '/work/pilot.trailer.xml', 'Trailer 1: INT. LIGHTHOUSE - NIGHT']);
    const xml = files.text('/work/pilot.trailer.xml') ?? '';
    expect([xml.includes('<clipitem'), xml.match(/<marker>/g)?.length]).toEqual([false, 1]);
  });

  it('builds the plan as the sequence "Trailer: <clip>" on 26.3, a marker per beat, recorded as the embedding model’s edit', async () => {
    server.enqueue('embeddings', { reply: { vectors: [[1, 0], [0.96, 0.28], [0, 1], [0.6, 0.8]] } });
    const fake = createFakePremiere({ mediaSeconds: { '/media/reel-1.mov': 9 } });
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/reel-1.mov'], binName: 'Footage', undoLabel: 'setup' });
    const files = createMemoryFileStore({ '/work/reel-1.srt': new TextEncoder().encode(srt) });
    const { guard, entries } = await createRecordingGuard();
    const embedding = createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime: createRuntime() }).embedding('text-embedding-3-small');
    const result = await planTrailer({ host, files, guard, capabilities: premiereCapabilities('26.3.0'), model: guard.embedding(embedding), profile: 'Fans of coastal thrillers', targetDurationSeconds: 5, source: { kind: 'clip', mediaPath: '/media/reel-1.mov' } });
    expect(result.sequence).toEqual({ name: 'Trailer: reel-1.mov', route: 'sequence' });
    expect(fake.project.undoSteps.slice(1).map((step) => step.undoLabel)).toEqual([
      'Reelkit: trailer plan',
      'Reelkit: create bin Reelkit Sequences',
      'Reelkit: subclips for Trailer: reel-1.mov',
      'Reelkit: trailer of reel-1.mov',
    ]);
    const trailer = fake.project.sequences[0];
    expect(trailer?.videoTracks[0]?.items.map((item) => [item.start / second, item.end / second, item.inPoint / second])).toEqual([[0n, 2n, 0n], [2n, 5n, 6n]]);
    expect(trailer?.markers.map((marker) => marker.name)).toEqual(['Trailer 1: The storm hits the lighthouse. (0.0 s)', 'Trailer 2: Someone is on the rocks! (6.0 s)']);
    const events = entries().filter((entry) => entry.type === 'event');
    expect(events.map((entry) => (entry.type === 'event' ? [entry.actor, entry.action, entry.provider, entry.model, entry.parameters?.['route']] : []))).toEqual([
      [{ type: 'ai', name: 'highlights' }, 'c2pa.edited', 'openai', 'text-embedding-3-small', 'sequence'],
    ]);
  });
});
