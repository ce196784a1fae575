import { defaultPriceTable } from '@reelkit/core/models';
import { createReplicate } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { estimateRunCost } from '../cost/estimate-run-cost.js';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { parseStoredJobs, type JobStore } from '../jobs/job-store.js';
import { createJobTracker } from '../jobs/job-tracker.js';
import { createRecordingGuard, xmpProvenanceId } from '../provenance/__fixtures__/recording-guard.js';
import { fakeSecond as second } from '../host/__fixtures__/fake-edit-rules.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { exportMarkedRange } from './export-marked-range.js';
import { importJobOutput } from './import-job-output.js';
import { submitClipVideoJob } from './submit-clip-video-job.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer({ replicatePollsToFinish: 2 });
});
afterAll(() => server.close());

describe('upscaling a clip as a persisted Replicate job', () => {
  it('estimates, uploads the clip, resumes after a reload and imports the MP4 with composite XMP (no C2PA for MP4)', async () => {
    const runtime = createRuntime();
    const job = { operation: 'upscale', factor: 4, mediaPath: '/media/shot-12.mov', seconds: 8, pricedAs: 'lucataco/real-esrgan-video' } as const;
    expect(estimateRunCost({ kind: 'video', seconds: job.seconds }, { provider: 'replicate', modelId: job.pricedAs }, defaultPriceTable).summary).toBe(
      'No price known for replicate/lucataco/real-esrgan-video: cost unknown. Add it to the price table to see an estimate.',
    );
    const video = createReplicate({ apiToken: 'r8_test', baseURL: server.replicateBaseURL, runtime }).video();
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    const files = createMemoryFileStore({ '/media/shot-12.mov': new Uint8Array([0, 0, 0, 24]) });
    const { guard, entries } = await createRecordingGuard({ runtime });
    server.enqueue('predictions.create', { reply: { body: { output: `${server.url}/files/shot-12-4k.mp4` } } });
    const stored = await submitClipVideoJob(files, guard.video(video), job);
    expect([stored.label, stored.handle.kind]).toEqual(['Upscale ×4 shot-12.mov', 'video.upscale']);
    const created = server.requests.find((request) => request.route === 'predictions.create');
    expect([created?.path, (created?.json as { input: { resolution: string } }).input.resolution]).toEqual(['/replicate/v1/models/lucataco/real-esrgan-video/predictions', '4k']);

    let saved: string | null = JSON.stringify([stored]);
    const store: JobStore = { load: async () => parseStoredJobs(saved), save: async (jobs) => void (saved = JSON.stringify(jobs)) };
    const imported: string[] = [];
    const tracker = createJobTracker({
      store,
      modelFor: () => video,
      runtime: { sleep: async () => undefined },
      onChange: () => undefined,
      onSucceeded: async (done, output, metadata) => {
        const result = await importJobOutput({ host, files, guard, now: () => new Date('2026-11-25T01:00:00Z') }, done, output, metadata);
        imported.push(...result.imported.map((item) => item.name), `signed: ${result.signed.length}`);
      },
    });
    expect(await tracker.resume()).toBe(1);
    await vi.waitFor(() => expect(saved).toBe('[]'));
    expect(imported).toEqual([`Upscale-4-shot-12-mov-${stored.handle.id}.mp4`, 'signed: 0']);
    expect(fake.project.undoSteps.map((step) => step.undoLabel)).toEqual(['Reelkit: create bin Reelkit Video', 'Reelkit: provenance of Reelkit Video']);
    const xmp = fake.clip(`/work/Upscale-4-shot-12-mov-${stored.handle.id}.mp4`)?.xmp;
    expect(xmp).toContain('<Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType>');
    // MP4 takes no manifest (`signed: false`); its ledger entry, which the XMP names, records it as an AI edit of the clip.
    expect(entries().find((entry) => entry.id === xmpProvenanceId(xmp))).toMatchObject({
      action: 'c2pa.edited',
      digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia',
      provider: 'replicate',
      parameters: { job: stored.handle.id, label: 'Upscale ×4 shot-12.mov', signed: false },
    });
  });

  it('sends only the range marked on the sequence: Premiere renders in to out, and that file is what is uploaded', async () => {
    const files = createMemoryFileStore({ '/media/shot-12.mov': new Uint8Array(1000) });
    const fake = createFakePremiere({ onExport: async (output) => void files.files.set(output, new Uint8Array([1, 2, 3])) });
    fake.sequence.inTicks = (10n * second).toString();
    fake.sequence.outTicks = (14n * second).toString();
    const host = createPremiereHost(fake.api);
    const sequence = await host.readActiveSequence();
    if (sequence === undefined) throw new Error('setup failed');
    const range = await exportMarkedRange(host, files, sequence, '/presets/H.264 Match Source.epr');
    expect(range).toEqual({ path: `/work/Cut-3-${10n * second}-${14n * second}.mp4`, seconds: 4, label: 'Cut 3 00:00:10:00–00:00:14:00' });
    expect(fake.exportedSequences).toEqual([{ output: range?.path, preset: '/presets/H.264 Match Source.epr', exportFull: false }]);
    const video = createReplicate({ apiToken: 'r8_test', baseURL: server.replicateBaseURL, runtime: createRuntime() }).video();
    const { guard } = await createRecordingGuard();
    server.enqueue('predictions.create', { reply: { body: { output: `${server.url}/files/range-4k.mp4` } } });
    const stored = await submitClipVideoJob(files, guard.video(video), { operation: 'upscale', factor: 2, mediaPath: range?.path ?? '', seconds: range?.seconds ?? 0, pricedAs: 'lucataco/real-esrgan-video' });
    expect(stored.label).toBe(`Upscale ×2 Cut-3-${10n * second}-${14n * second}.mp4`);
    // The 3 bytes Premiere rendered, not the 1000 of the clip.
    const created = server.requests.filter((request) => request.route === 'predictions.create').at(-1);
    expect((created?.json as { input: { video_path: string } }).input.video_path).toBe('data:video/mp4;base64,AQID');
    // Nothing marked: nothing is exported and the caller sends the clip as before.
    fake.sequence.inTicks = '0';
    fake.sequence.outTicks = undefined;
    expect(await exportMarkedRange(host, files, (await host.readActiveSequence())!, '/presets/x.epr')).toBeUndefined();
  });
});
