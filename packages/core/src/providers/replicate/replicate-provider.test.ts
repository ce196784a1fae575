import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitForJob } from '../../models/wait-for-job.js';
import { createRecordingSleep } from '../../runtime/__fixtures__/recording-sleep.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createReplicate, type ReplicateProviderSettings } from './replicate-provider.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer({ replicatePollsToFinish: 2 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const runtime = createRuntime({ random: () => 0 });
const replicate = (overrides: Partial<ReplicateProviderSettings> = {}) =>
  createReplicate({
    apiToken: 'r8_test_token_0001',
    baseURL: server.replicateBaseURL,
    runtime,
    pollIntervalMs: 5,
    policy: { initialDelayMs: 10, idleTimeoutMs: 500 },
    ...overrides,
  });
const routes = () => server.requests.map((request) => `${request.method} ${request.route}`);
const version = 'f'.repeat(64);

describe('createReplicate — through the real replicate SDK', () => {
  it('generates images with Prefer: wait, fetching the output files as bytes', async () => {
    const result = await replicate().image().generate({ prompt: 'a lighthouse at dusk, storyboard', aspectRatio: '1:1', seed: 7 });
    expect(result.images).toHaveLength(1);
    expect(result.images[0]?.mediaType).toBe('image/png');
    expect(Array.from(result.images[0]?.bytes.slice(1, 4) ?? [])).toEqual([0x50, 0x4e, 0x47]);
    expect(result).toMatchObject({ provider: 'replicate', modelId: 'black-forest-labs/flux-schnell', usage: { images: 1 } });
    const [create] = server.requests;
    expect(create?.path).toBe('/replicate/v1/models/black-forest-labs/flux-schnell/predictions');
    expect(create?.headers.prefer).toBe('wait=30');
    expect(create?.headers.authorization).toBe('Bearer r8_test_token_0001');
    expect(create?.json).toEqual({ input: { prompt: 'a lighthouse at dusk, storyboard', num_outputs: 1, aspect_ratio: '1:1', seed: 7, output_format: 'png' } });
    expect(routes()).toEqual(['POST predictions.create', 'GET files']);
  });

  it('uses a pinned version when the slug has one', async () => {
    await replicate({ models: { image: { model: `black-forest-labs/flux-schnell:${version}`, toInput: (request) => ({ prompt: request.prompt }) } } })
      .image()
      .generate({ prompt: 'x' });
    expect(server.requests[0]?.path).toBe('/replicate/v1/predictions');
    expect(server.requests[0]?.json).toEqual({ version, input: { prompt: 'x' } });
  });

  it('rejects a bad slug at setup with a typed error', () => {
    expect(() => replicate({ models: { music: { model: 'musicgen', toInput: () => ({}) } } })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it('runs music as a job whose JSON handle survives a reload', async () => {
    server.enqueue('predictions.create', { reply: { body: { output: `${server.url}/files/cue.mp3` } } });
    const handle = await replicate().music().submit({ prompt: 'tense strings, 90 bpm', durationSeconds: 29.6 });
    expect(server.requests[0]?.json).toEqual({ input: { prompt: 'tense strings, 90 bpm', duration: 30, model_version: 'stereo-large', output_format: 'mp3' } });
    // The panel reloads: only the persisted JSON remains, and a new provider instance picks the job up.
    const restored = JSON.parse(JSON.stringify(handle)) as typeof handle;
    const statuses: string[] = [];
    const finished = await waitForJob(replicate().music(), restored, { runtime, intervalMs: 5, onStatus: (status) => statuses.push(status.state) });
    expect(statuses).toEqual(['running', 'succeeded']);
    expect(finished.output.mediaType).toBe('audio/mpeg');
    expect(finished.metadata.requestId).toBe(handle.id);
    expect(finished.metadata.usage.seconds).toBeGreaterThan(0);
  });

  it('routes video operations to their models and reports a failed prediction with its reason', async () => {
    server.enqueue('predictions.create', { reply: { body: { status: 'failed', error: 'video too long', pollsToFinish: 1 } } });
    const video = replicate().video();
    const handle = await video.submit({ operation: 'upscale', video: { url: 'https://example.test/clip.mp4' }, scale: 2 });
    expect(handle.kind).toBe('video.upscale');
    expect(server.requests[0]?.path).toBe('/replicate/v1/models/lucataco/real-esrgan-video/predictions');
    await expect(waitForJob(video, handle, { runtime, intervalMs: 5 })).rejects.toThrow(/video\.upscale job .* failed: video too long/);
  });

  it('cancels the prediction and rejects with AbortError when the caller aborts (the SDK run() would resolve undefined)', async () => {
    server.enqueue('predictions.create', { reply: { body: { pollsToFinish: 1000 } } });
    const controller = new AbortController();
    const pending = replicate({ pollIntervalMs: 20 }).image().generate({ prompt: 'x', signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', code: 'aborted' });
    expect(routes()).toContain('POST predictions.cancel');
  });

  it('waits for Retry-After on a 429 instead of the SDK’s burst of immediate retries', async () => {
    server.enqueue('predictions.create', { status: 429, headers: { 'retry-after': '1' } });
    const { sleep, sleeps } = createRecordingSleep();
    const result = await replicate({ runtime: createRuntime({ random: () => 0, sleep }) }).image().generate({ prompt: 'x' });
    expect(result.images).toHaveLength(1);
    expect(sleeps[0]).toBe(1000);
    // One request per policy attempt: the SDK's five instant retries never reach the network.
    expect(server.requests.filter((request) => request.route === 'predictions.create')).toHaveLength(2);
  });

  it('recovers from a 5xx while polling and from a reset on create', async () => {
    server.enqueue('predictions.create', { fault: 'reset' }, { reply: { body: { pollsToFinish: 2 } } });
    server.enqueue('predictions.get', { status: 503 });
    const handle = await replicate().music().submit({ prompt: 'x', durationSeconds: 5 });
    const finished = await waitForJob(replicate().music(), handle, { runtime, intervalMs: 5 });
    expect(finished.output.bytes.length).toBeGreaterThan(0);
    expect(server.requests.filter((request) => request.route === 'predictions.create')).toHaveLength(2);
    // Two polls to finish, plus the one that met the 503.
    expect(server.requests.filter((request) => request.route === 'predictions.get')).toHaveLength(3);
  });

  it('sends each attempt once: resets are not re-sent in a burst by the SDK (a reset POST may have created a prediction)', async () => {
    server.enqueue('predictions.create', { fault: 'reset' }, { fault: 'reset' }, { fault: 'reset' });
    await expect(replicate({ policy: { maxRetries: 1, initialDelayMs: 5 } }).music().submit({ prompt: 'x', durationSeconds: 5 })).rejects.toMatchObject({
      name: 'ApiCallError',
      code: 'connection_failed',
    });
    expect(server.requests.filter((request) => request.route === 'predictions.create')).toHaveLength(2);
  });

  it('surfaces a rejected input as a non-retryable ApiCallError with a hint', async () => {
    server.enqueue('predictions.create', { status: 422, body: { detail: '- input.duration: must be <= 30', status: 422, title: 'Input validation failed' } });
    await expect(replicate().music().submit({ prompt: 'x', durationSeconds: 300 })).rejects.toMatchObject({
      name: 'ApiCallError',
      status: 422,
      isRetryable: false,
      message: expect.stringContaining('must be <= 30'),
      hint: "The model rejected the input; its input schema on replicate.com says what it takes.",
    });
  });

  it('surfaces malformed JSON as an InvalidResponseError and a stalled poll as an idle timeout', async () => {
    server.enqueue('predictions.create', { fault: 'malformed-json' });
    await expect(replicate().music().submit({ prompt: 'x', durationSeconds: 5 })).rejects.toMatchObject({ code: 'invalid_response' });
    server.enqueue('predictions.get', { fault: 'stall' }, { fault: 'stall' }, { fault: 'stall' });
    const handle = { provider: 'replicate', modelId: 'meta/musicgen', id: 'missing', kind: 'music', submittedAt: 0 };
    await expect(replicate().music().poll(handle)).rejects.toMatchObject({ code: 'timeout', kind: 'idle' });
  });
});
