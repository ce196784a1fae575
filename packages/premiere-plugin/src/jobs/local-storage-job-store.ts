import { parseStoredJobs, type JobStore } from './job-store.js';

/** Job handles in the panel's `localStorage` (they hold no secrets), so a panel reload resumes them. */
export function createLocalStorageJobStore(storage: Pick<Storage, 'getItem' | 'setItem'>, key = 'reelkit.jobs'): JobStore {
  return {
    load: async () => parseStoredJobs(storage.getItem(key)),
    save: async (jobs) => storage.setItem(key, JSON.stringify(jobs)),
  };
}
