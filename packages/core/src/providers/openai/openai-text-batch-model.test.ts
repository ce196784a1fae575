import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitForJob } from '../../models/wait-for-job.js';
import { createRuntime } from '../../runtime/runtime.js';
import { createOpenAI } from './openai-provider.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer({ batchPollsToFinish: 2 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const runtime = createRuntime();
const batchModel = () => createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime }).textBatch('gpt-4o-mini');
const scene = (id: string, text: string) => ({ id, request: { messages: [{ role: 'user' as const, content: text }], maxOutputTokens: 200 } });

describe('OpenAI Batch API through the real SDK', () => {
  it('uploads one JSONL line per item, polls to completion and returns each result by id at half price', async () => {
    const model = batchModel();
    const handle = await model.submit([scene('scene-1', 'Punch up scene 1'), scene('scene-2', 'Punch up scene 2')]);
    expect(handle).toMatchObject({ provider: 'openai', modelId: 'gpt-4o-mini', id: 'batch_fake_2', kind: 'text.batch' });

    const upload = server.requests[0];
    expect(upload?.form?.['purpose']).toBe('batch');
    const file = upload?.form?.['file'];
    const lines = (typeof file === 'object' ? (file.text ?? '') : '').trim().split('\n').map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      { custom_id: 'scene-1', method: 'POST', url: '/v1/chat/completions', body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Punch up scene 1' }], max_completion_tokens: 200 } },
      { custom_id: 'scene-2', method: 'POST', url: '/v1/chat/completions', body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Punch up scene 2' }], max_completion_tokens: 200 } },
    ]);
    expect(server.requests[1]?.json).toEqual({ input_file_id: 'file-fake-1', endpoint: '/v1/chat/completions', completion_window: '24h', metadata: { source: 'reelkit' } });

    const statuses: string[] = [];
    const { output, metadata } = await waitForJob(model, handle, { runtime, intervalMs: 1, onStatus: (status) => statuses.push(status.state) });
    expect(statuses).toEqual(['running', 'succeeded']);
    expect(output.map((item) => (item.ok ? [item.id, item.result.text] : [item.id, item.error]))).toEqual([
      ['scene-1', 'Fake reply to: Punch up scene 1'],
      ['scene-2', 'Fake reply to: Punch up scene 2'],
    ]);
    const live = { usd: ((4 + 4) * 0.15 + (8 + 8) * 0.6) / 1e6 };
    expect(metadata.usage).toEqual({ inputTokens: 8, outputTokens: 16 });
    expect(metadata.cost.usd).toBeCloseTo(live.usd / 2, 12);
  });

  it('reports a failed line as that item’s error and keeps the others', async () => {
    const model = batchModel();
    const handle = await model.submit([scene('ok', 'fine'), scene('bad', 'FAIL-ME')]);
    const { output } = await waitForJob(model, handle, { runtime, intervalMs: 1 });
    expect(output).toEqual([
      expect.objectContaining({ id: 'ok', ok: true }),
      { id: 'bad', ok: false, status: 400, error: 'This line was scripted to fail (FAIL-ME).' },
    ]);
  });

  it('cancels a running batch and refuses an empty or ambiguous one', async () => {
    const model = batchModel();
    const handle = await model.submit([scene('a', 'x')]);
    await model.cancel(handle);
    await expect(model.poll(handle)).resolves.toEqual({ state: 'canceled' });
    await expect(model.submit([])).rejects.toMatchObject({ code: 'invalid_argument' });
    await expect(model.submit([scene('a', 'x'), scene('a', 'y')])).rejects.toMatchObject({ code: 'invalid_argument' });
  });

  it('retries a rate-limited status poll like any other call', async () => {
    const model = createOpenAI({ apiKey: 'sk-test-key-0001', baseURL: server.openaiBaseURL, runtime, policy: { initialDelayMs: 1 } }).textBatch();
    const handle = await model.submit([scene('a', 'x')]);
    server.enqueue('batches.get', { status: 429, headers: { 'retry-after-ms': '5' } });
    await expect(model.poll(handle)).resolves.toEqual({ state: 'running', progress: 0 });
    expect(server.requests.filter((request) => request.route === 'batches.get')).toHaveLength(2);
  });
});
