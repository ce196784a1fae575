import { describe, expect, it } from 'vitest';
import { createLocalStorageJobStore } from './local-storage-job-store.js';

describe('createLocalStorageJobStore', () => {
  it('round-trips job handles through a storage string', async () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    const job = { handle: { provider: 'replicate', modelId: 'm', id: 'p-9', kind: 'video.upscale', submittedAt: 5 }, label: 'Upscale' };
    await createLocalStorageJobStore(storage).save([job]);
    expect(await createLocalStorageJobStore(storage).load()).toEqual([job]);
    expect(values.get('reelkit.jobs')).toBe(JSON.stringify([job]));
  });
});
