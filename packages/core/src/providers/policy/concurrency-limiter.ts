import { AbortError } from '../../errors/abort-error.js';

/** Runs at most `limit` tasks at once; the rest wait in order. */
export interface ConcurrencyLimiter {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Waits for a slot and returns the function that frees it (for work that outlives one promise, e.g. a stream). */
  acquire(signal?: AbortSignal): Promise<() => void>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
}

/** A first-in, first-out limiter. A task whose signal aborts while waiting leaves the queue and rejects. */
export function createConcurrencyLimiter(limit: number): ConcurrencyLimiter {
  let active = 0;
  const queue: Array<() => void> = [];

  const take = (signal?: AbortSignal): Promise<void> => {
    if (active < limit) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        active += 1;
        resolve();
      };
      const onAbort = (): void => {
        const index = queue.indexOf(grant);
        if (index >= 0) queue.splice(index, 1);
        reject(new AbortError('Waiting for a free model slot', signal?.reason));
      };
      if (signal?.aborted) return onAbort();
      queue.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };

  const release = (): void => {
    active -= 1;
    queue.shift()?.();
  };

  const acquire = async (signal?: AbortSignal): Promise<() => void> => {
    await take(signal);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  return {
    async run(task, signal) {
      const free = await acquire(signal);
      try {
        return await task();
      } finally {
        free();
      }
    },
    acquire,
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
