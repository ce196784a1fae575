import type { JobHandle, JobModel, JobStatus } from '@reelkit/core/models';
import { describe, expect, it, vi } from 'vitest';
import { parseStoredJobs, type JobStore, type StoredJob } from './job-store.js';
import { createJobTracker, type TrackedJob } from './job-tracker.js';

const handle: JobHandle = { provider: 'replicate', modelId: 'meta/musicgen', id: 'p-1', kind: 'music', submittedAt: 1 };

/** A store over a string, like localStorage. */
function createStringStore(): JobStore & { saved: string | null } {
  const store = {
    saved: null as string | null,
    load: async () => parseStoredJobs(store.saved),
    save: async (jobs: readonly StoredJob[]) => void (store.saved = JSON.stringify(jobs)),
  };
  return store;
}

/** A job model that answers from a script of statuses, then repeats the last. */
function scriptedModel(statuses: JobStatus<unknown>[], canceled: string[] = []): JobModel<unknown, unknown> {
  let polls = 0;
  return {
    provider: 'replicate',
    modelId: 'meta/musicgen',
    submit: async () => handle,
    poll: async () => statuses[Math.min(polls++, statuses.length - 1)] as JobStatus<unknown>,
    cancel: async (job) => void canceled.push(job.id),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const metadata = { provider: 'replicate', modelId: 'meta/musicgen', usage: {}, cost: { usd: 0.02, incomplete: false }, fromCache: false };

describe('createJobTracker', () => {
  it('resumes a job after a panel reload and forgets it once done', async () => {
    const store = createStringStore();
    const sleep = async () => undefined;
    const first = createJobTracker({ store, modelFor: () => scriptedModel([{ state: 'running', progress: 0.2 }]), runtime: { sleep: () => new Promise(() => undefined) }, onChange: () => undefined, onSucceeded: () => undefined });
    await first.track({ handle, label: 'Music cue for Chase' });
    first.dispose(); // the panel reloads
    expect(parseStoredJobs(store.saved).map((job) => job.handle.id)).toEqual(['p-1']);

    const outputs: unknown[] = [];
    const seen: TrackedJob[][] = [];
    const second = createJobTracker({
      store,
      modelFor: () => scriptedModel([{ state: 'running', progress: 0.5 }, { state: 'succeeded', output: 'https://replicate.delivery/x.wav', metadata }]),
      runtime: { sleep },
      onChange: (jobs) => seen.push([...jobs]),
      onSucceeded: (_job, output) => void outputs.push(output),
    });
    expect(await second.resume()).toBe(1);
    await vi.waitFor(() => expect(store.saved).toBe('[]'));
    expect(outputs).toEqual(['https://replicate.delivery/x.wav']);
    expect(seen.map((jobs) => [jobs[0]?.state, jobs[0]?.progress])).toEqual([
      ['queued', undefined],
      ['running', 0.5],
      ['succeeded', 1],
    ]);
    expect(store.saved).toBe('[]');
  });

  it('cancels at the provider only when the editor asks, not when the panel closes', async () => {
    const store = createStringStore();
    const canceled: string[] = [];
    const never = { sleep: (_ms: number, signal?: AbortSignal) => new Promise<void>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason))) };
    const tracker = createJobTracker({ store, modelFor: () => scriptedModel([{ state: 'running' }], canceled), runtime: never, onChange: () => undefined, onSucceeded: () => undefined });
    await tracker.track({ handle, label: 'x' });
    await settle();
    tracker.dispose();
    await settle();
    expect(canceled).toEqual([]);

    const again = createJobTracker({ store, modelFor: () => scriptedModel([{ state: 'running' }], canceled), runtime: never, onChange: () => undefined, onSucceeded: () => undefined });
    await again.resume();
    await vi.waitFor(() => expect(again.jobs().map((job) => job.state)).toEqual(['running']));
    again.cancel('p-1');
    await vi.waitFor(() => expect(store.saved).toBe('[]'));
    expect(canceled).toEqual(['p-1']);
    expect(again.jobs().map((job) => job.state)).toEqual(['canceled']);
    expect(store.saved).toBe('[]');
  });

  it('reports a job whose model is no longer configured, and ignores damaged saves', async () => {
    const store = createStringStore();
    store.saved = JSON.stringify([{ handle, label: 'Upscale shot 12' }, { handle: { id: 3 }, label: 'bad' }, null]);
    const tracker = createJobTracker({ store, modelFor: () => undefined, runtime: { sleep: async () => undefined }, onChange: () => undefined, onSucceeded: () => undefined });
    expect(await tracker.resume()).toBe(1);
    expect(tracker.jobs()).toEqual([{ id: 'p-1', label: 'Upscale shot 12', state: 'failed', error: 'replicate/meta/musicgen is not configured; add its key to resume.' }]);
    expect(parseStoredJobs('not json')).toEqual([]);
  });
});
