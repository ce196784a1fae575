import { describe, expect, it } from 'vitest';
import { createRuntime } from '../runtime/runtime.js';
import type { JobHandle, JobModel, JobStatus } from './job.js';
import { waitForJob } from './wait-for-job.js';

const handle: JobHandle = { provider: 'replicate', modelId: 'meta/musicgen', id: 'p1', kind: 'music', submittedAt: 0 };
const metadata = { provider: 'replicate', modelId: 'meta/musicgen', usage: { seconds: 12 }, cost: { usd: 0.01, incomplete: false }, fromCache: false };

const scriptedJob = (statuses: JobStatus<string>[]) => {
  const cancelled: string[] = [];
  const model: JobModel<unknown, string> = {
    provider: 'replicate',
    modelId: 'meta/musicgen',
    submit: async () => handle,
    poll: async () => statuses.shift() ?? { state: 'running' },
    cancel: async (job) => void cancelled.push(job.id),
  };
  return { model, cancelled };
};

const runtime = createRuntime();

describe('waitForJob', () => {
  it('polls until the job succeeds, reporting each status', async () => {
    const { model } = scriptedJob([{ state: 'queued' }, { state: 'running', progress: 0.5 }, { state: 'succeeded', output: 'cue.mp3', metadata }]);
    const seen: string[] = [];
    const finished = await waitForJob(model, handle, { runtime, intervalMs: 1, onStatus: (status) => seen.push(status.state) });
    expect(finished).toEqual({ output: 'cue.mp3', metadata });
    expect(seen).toEqual(['queued', 'running', 'succeeded']);
  });

  it('rejects with the reason when the job fails', async () => {
    const { model } = scriptedJob([{ state: 'failed', error: 'CUDA out of memory' }]);
    await expect(waitForJob(model, handle, { runtime, intervalMs: 1 })).rejects.toThrow('music job p1 on meta/musicgen failed: CUDA out of memory.');
  });

  it('cancels the job at the provider and rejects when aborted', async () => {
    const { model, cancelled } = scriptedJob([]);
    const controller = new AbortController();
    const waiting = waitForJob(model, handle, { runtime, intervalMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(waiting).rejects.toMatchObject({ code: 'aborted' });
    expect(cancelled).toEqual(['p1']);
  });
});
