import { ReelkitError } from '@reelkit/core/errors';
import { waitForJob, type CallMetadata, type JobHandle, type JobModel } from '@reelkit/core/models';
import type { Runtime } from '@reelkit/core/runtime';
import type { JobStore, StoredJob } from './job-store.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** A job as the panel shows it. */
export interface TrackedJob {
  readonly id: string;
  readonly label: string;
  readonly state: 'queued' | 'running' | 'succeeded' | 'failed' | 'canceled';
  /** 0..1 when the provider reports it. */
  readonly progress?: number;
  readonly error?: string;
}

/** What a tracker needs. */
export interface JobTrackerOptions {
  readonly store: JobStore;
  /** The model that can poll a handle (by provider and model id); undefined when it is no longer configured. */
  readonly modelFor: (handle: JobHandle) => JobModel<unknown, unknown> | undefined;
  readonly runtime: Pick<Runtime, 'sleep'>;
  readonly intervalMs?: number;
  /** Called whenever a job's state changes. */
  readonly onChange: (jobs: readonly TrackedJob[]) => void;
  /** Called with a finished job's output and its call metadata (model, usage, cost), e.g. to deliver and import it. */
  readonly onSucceeded: (job: StoredJob, output: unknown, metadata: CallMetadata) => Promise<void> | void;
}

/** Polls provider jobs, persists their handles so a panel reload resumes them, and cancels on request. */
export interface JobTracker {
  /** Starts waiting for a newly submitted job. */
  track(job: StoredJob): Promise<void>;
  /** Resumes every job saved by an earlier panel load; returns how many. */
  resume(): Promise<number>;
  /** Cancels a job at the provider and stops waiting. */
  cancel(id: string): void;
  /** Stops polling everything (panel closing) without cancelling: the jobs resume on the next load. */
  dispose(): void;
  readonly jobs: () => readonly TrackedJob[];
}

/** Creates a job tracker over a store. */
export function createJobTracker(options: JobTrackerOptions): JobTracker {
  const tracked = new Map<string, TrackedJob>();
  const controllers = new Map<string, { controller: AbortController; cancel: boolean }>();
  const update = (job: TrackedJob): void => {
    tracked.set(job.id, job);
    options.onChange([...tracked.values()]);
  };
  const forget = async (id: string): Promise<void> => {
    await options.store.save((await options.store.load()).filter((job) => job.handle.id !== id));
  };
  const follow = async (job: StoredJob): Promise<void> => {
    const { id } = job.handle;
    const model = options.modelFor(job.handle);
    if (model === undefined) {
      update({ id, label: job.label, state: 'failed', error: `${job.handle.provider}/${job.handle.modelId} is not configured; add its key to resume.` });
      return;
    }
    const entry = { controller: new AbortController(), cancel: false };
    controllers.set(id, entry);
    update({ id, label: job.label, state: 'queued' });
    try {
      // waitForJob cancels at the provider on abort; only an explicit cancel should, not a panel closing.
      const cancelOnlyOnRequest: JobModel<unknown, unknown> = {
        provider: model.provider,
        modelId: model.modelId,
        submit: (input, callOptions) => model.submit(input, callOptions),
        poll: (handle, callOptions) => model.poll(handle, callOptions),
        cancel: async (handle, callOptions) => (entry.cancel ? model.cancel(handle, callOptions) : undefined),
      };
      const finished = await waitForJob(cancelOnlyOnRequest, job.handle, {
        runtime: options.runtime,
        signal: entry.controller.signal,
        ...omitUndefined({ intervalMs: options.intervalMs }),
        onStatus: (status) => {
          if (status.state === 'queued' || status.state === 'running') update({ id, label: job.label, state: status.state, ...omitUndefined({ progress: status.progress }) });
        },
      });
      await options.onSucceeded(job, finished.output, finished.metadata);
      update({ id, label: job.label, state: 'succeeded', progress: 1 });
      await forget(id);
    } catch (error) {
      if (ReelkitError.hasCode(error, 'aborted') && !entry.cancel) return; // disposed: resume next load
      update({ id, label: job.label, state: entry.cancel ? 'canceled' : 'failed', ...(entry.cancel ? {} : { error: error instanceof Error ? error.message : String(error) }) });
      await forget(id);
    } finally {
      controllers.delete(id);
    }
  };
  return {
    async track(job) {
      await options.store.save([...(await options.store.load()).filter((stored) => stored.handle.id !== job.handle.id), job]);
      void follow(job);
    },
    async resume() {
      const jobs = (await options.store.load()).filter((job) => !controllers.has(job.handle.id));
      for (const job of jobs) void follow(job);
      return jobs.length;
    },
    cancel(id) {
      const entry = controllers.get(id);
      if (entry === undefined) return;
      entry.cancel = true;
      entry.controller.abort();
    },
    dispose() {
      for (const entry of controllers.values()) entry.controller.abort();
    },
    jobs: () => [...tracked.values()],
  };
}
