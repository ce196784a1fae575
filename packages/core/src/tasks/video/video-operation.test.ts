import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGuard } from '../../guard/create-guard.js';
import { createReplicate } from '../../providers/replicate/replicate-provider.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createTestRecorder } from '../__fixtures__/create-test-recorder.js';
import { collectVideoOperation } from './collect-video-operation.js';
import { estimateVideoOperationCost } from './estimate-video-operation-cost.js';
import { submitVideoOperation } from './submit-video-operation.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer({ replicatePollsToFinish: 2 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());
const runtime = createRuntime();
const prices = { 'replicate/lucataco/real-esrgan-video': { perSecond: 0.0014 } };
const video = () => createReplicate({ apiToken: 'r8_test_token_0001', baseURL: server.replicateBaseURL, runtime, prices, policy: { initialDelayMs: 1 } }).video();
const source = { title: 'sc-12-take-3.mp4', documentDigest: `sha256:${'b'.repeat(64)}` };

describe('video operations', () => {
  it('estimates an upscale before it runs, then collects the clip from a persisted handle and records the edit', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    server.enqueue('predictions.create', { reply: { body: { output: `${server.url}/files/upscaled.mp4` } } });
    const submitted = await submitVideoOperation({
      model: video(),
      request: { operation: 'upscale', video: { url: 'https://example.test/sc-12-take-3.mp4' }, scale: 4 },
      expectedSeconds: 30,
      pricedAs: 'lucataco/real-esrgan-video',
      prices,
    });
    expect(submitted.estimate).toEqual({ usd: 0.042, incomplete: false });
    expect(server.requests[0]?.json).toMatchObject({ input: { video_path: 'https://example.test/sc-12-take-3.mp4', resolution: '4k' } });
    const handle = JSON.parse(JSON.stringify(submitted.handle)) as typeof submitted.handle;
    const progress: (number | undefined)[] = [];
    const result = await collectVideoOperation({ model: createGuard({ runtime, recorder }).video(video()), handle, source, intervalMs: 1, onProgress: (value) => progress.push(value) });
    expect(result.video.mediaType).toBe('video/mp4');
    expect(progress.length).toBeGreaterThan(0);
    const [event] = await events();
    expect(result.provenanceId).toBe(event?.id);
    expect(event).toMatchObject({
      actor: { name: 'video.upscale' },
      action: 'c2pa.edited',
      digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia',
      model: 'lucataco/real-esrgan-video',
      source,
      outputDigest: `sha256:${await runtime.hasher.sha256(result.video.bytes)}`,
    });
  });

  it('gives no estimate for a model without a per-second price, rather than a false zero', () => {
    expect(estimateVideoOperationCost('replicate', 'pollinations/rife-video-interpolation', 30)).toBeUndefined();
    expect(estimateVideoOperationCost('replicate', 'lucataco/real-esrgan-video', undefined, prices)).toBeUndefined();
  });
});
