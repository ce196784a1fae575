import Replicate, { type FileOutput, type Prediction } from 'replicate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeProviderServer, type FakeProviderServer } from './index.js';
import { createTinyPng } from './tiny-png.js';

let server: FakeProviderServer;
let replicate: Replicate;

beforeEach(async () => {
  server = await createFakeProviderServer({ now: () => Date.UTC(2025, 0, 2) });
  replicate = new Replicate({ auth: 'r8_test', baseUrl: server.replicateBaseURL, useFileOutput: false });
});
afterEach(async () => {
  await server.close();
});

const input = { prompt: 'a lighthouse at dusk' };

describe('replicate.run', () => {
  it('runs an official model in one blocking request and returns the PNG URL', async () => {
    const output = await replicate.run('black-forest-labs/flux-schnell', { input });

    expect(output).toEqual([`${server.url}/files/pred-1.png`]);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({
      route: 'predictions.create',
      method: 'POST',
      path: '/replicate/v1/models/black-forest-labs/flux-schnell/predictions',
      json: { input },
    });
    expect(request?.headers['prefer']).toBe('wait');
    expect(request?.headers['authorization']).toBe('Bearer r8_test');
    expect(request?.headers['user-agent']).toMatch(/^replicate-javascript\//);
  });

  it('runs a model version through POST /predictions with the version in the body', async () => {
    const output = await replicate.run('owner/name:5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa', {
      input,
    });

    expect(output).toEqual([`${server.url}/files/pred-1.png`]);
    expect(server.requests[0]).toMatchObject({
      path: '/replicate/v1/predictions',
      json: { input, version: '5c7d5dc6dd8bf75c1acaa8565735e7986bc5b66206b55cca93cb72c9bf15ccaa' },
    });
  });

  it('leaves the http URLs of this server as strings even with useFileOutput (the SDK wraps only https: and data:)', async () => {
    const withFiles = new Replicate({ auth: 'r8_test', baseUrl: server.replicateBaseURL });

    const plain = await withFiles.run('owner/name', { input });
    server.enqueue('predictions.create', {
      reply: { body: { output: `data:image/png;base64,${createTinyPng().toString('base64')}` } },
    });
    const wrapped = (await withFiles.run('owner/name', { input })) as FileOutput;

    expect(plain).toEqual([`${server.url}/files/pred-1.png`]);
    expect(Buffer.from(await (await wrapped.blob()).arrayBuffer())).toEqual(createTinyPng());
  });

  it('polls starting → processing → succeeded when not blocking', async () => {
    const statuses: string[] = [];

    const output = await replicate.run('owner/name', { input, wait: { mode: 'poll', interval: 5 } }, (prediction) =>
      statuses.push(prediction.status),
    );

    expect(statuses).toEqual(['starting', 'processing', 'succeeded']);
    expect(output).toEqual([`${server.url}/files/pred-1.png`]);
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /replicate/v1/models/owner/name/predictions',
      'GET /replicate/v1/predictions/pred-1',
      'GET /replicate/v1/predictions/pred-1',
    ]);
    expect(server.requests[0]?.headers['prefer']).toBeUndefined();
  });

  it('returns a scripted output: text or an audio URL', async () => {
    server.enqueue(
      'predictions.create',
      { reply: { body: { output: 'A poem.' } } },
      { reply: { body: { output: `${server.url}/files/voice.mp3` } } },
    );

    expect(await replicate.run('owner/llm', { input })).toBe('A poem.');
    expect(await replicate.run('owner/tts', { input })).toBe(`${server.url}/files/voice.mp3`);
  });

  it('throws on a scripted failure', async () => {
    server.enqueue('predictions.create', { reply: { body: { status: 'failed', error: 'NSFW content detected' } } });

    await expect(replicate.run('owner/name', { input })).rejects.toThrow('Prediction failed: NSFW content detected');
  });

  it('cancels the prediction when the signal aborts while polling', async () => {
    const controller = new AbortController();
    server.enqueue('predictions.create', { reply: { body: { pollsToFinish: 10 } } });

    const output = await replicate.run(
      'owner/name',
      { input, wait: { mode: 'poll', interval: 5 }, signal: controller.signal },
      (prediction) => prediction.status === 'processing' && controller.abort(),
    );

    expect(output).toBeNull();
    expect(server.requests.map((request) => request.route)).toEqual([
      'predictions.create',
      'predictions.get',
      'predictions.cancel',
    ]);
  });
});

describe('predictions API', () => {
  it('answers with a full prediction whose URLs point at this server', async () => {
    const created = await replicate.predictions.create({ model: 'owner/name', input });
    const polled = await replicate.predictions.get(created.id);
    const done = await replicate.predictions.get(created.id);

    expect(created).toEqual({
      id: 'pred-1',
      model: 'owner/name',
      version: 'hidden',
      input,
      status: 'starting',
      output: null,
      error: null,
      logs: '',
      source: 'api',
      data_removed: false,
      created_at: '2025-01-02T00:00:00.000Z',
      urls: {
        get: `${server.replicateBaseURL}/predictions/pred-1`,
        cancel: `${server.replicateBaseURL}/predictions/pred-1/cancel`,
      },
    } satisfies Omit<Prediction, 'output' | 'error'> & { output: null; error: null });
    expect(polled).toMatchObject({ status: 'processing', started_at: '2025-01-02T00:00:00.000Z', output: null });
    expect(done).toMatchObject({
      status: 'succeeded',
      output: [`${server.url}/files/pred-1.png`],
      metrics: { predict_time: 0.5 },
      completed_at: '2025-01-02T00:00:00.000Z',
    });
  });

  it('keeps a slow prediction processing through Prefer: wait, finishing after its own polls', async () => {
    server.enqueue('predictions.create', { reply: { body: { pollsToFinish: 2 } } });

    const created = await replicate.predictions.create({ model: 'owner/name', input, wait: 30 });
    const statuses = [(await replicate.predictions.get(created.id)).status];
    statuses.push((await replicate.predictions.get(created.id)).status);

    expect(server.requests[0]?.headers['prefer']).toBe('wait=30');
    expect(created).toMatchObject({ status: 'processing', output: null });
    expect(statuses).toEqual(['processing', 'succeeded']);
  });

  it('shows the SDK quirk: run() returns the null output of a wait that ended while processing', async () => {
    server.enqueue('predictions.create', { reply: { body: { pollsToFinish: 1 } } });

    expect(await replicate.run('owner/name', { input })).toBeNull();
    expect(server.requests).toHaveLength(1);
  });

  it('finishes after the configured number of polls', async () => {
    const patient = await createFakeProviderServer({ replicatePollsToFinish: 3 });
    const client = new Replicate({ auth: 'r8_test', baseUrl: patient.replicateBaseURL, useFileOutput: false });
    try {
      const { id } = await client.predictions.create({ version: 'v1', input });
      const statuses = [];
      for (let poll = 0; poll < 4; poll += 1) statuses.push((await client.predictions.get(id)).status);

      expect(statuses).toEqual(['processing', 'processing', 'succeeded', 'succeeded']);
    } finally {
      await patient.close();
    }
  });

  it('creates deployment predictions and cancels them', async () => {
    const created = await replicate.deployments.predictions.create('acme', 'painter', { input });
    const canceled = await replicate.predictions.cancel(created.id);
    const after = await replicate.predictions.get(created.id);

    expect(created).toMatchObject({ model: 'acme/painter', status: 'starting' });
    expect(server.requests[0]?.path).toBe('/replicate/v1/deployments/acme/painter/predictions');
    expect(canceled).toMatchObject({ status: 'canceled', output: null });
    expect(after.status).toBe('canceled');
  });
});
