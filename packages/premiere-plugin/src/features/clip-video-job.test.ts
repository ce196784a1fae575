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
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
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
});
