// A runtime sleep for tests that checks how long the code asked to wait without waiting: no clock in the assertion.
import { AbortError } from '../../errors/abort-error.js';
import { abortableSleep } from '../abortable-sleep.js';

/** A `Runtime.sleep` that records each requested delay, and the delays it recorded. */
export interface RecordingSleep {
  readonly sleeps: number[];
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Records every requested delay. `instant` (the default) resolves on the next turn; `untilAborted` never resolves
 * on its own, so a caller that fails to honour its abort signal hangs the test instead of passing it.
 */
export function createRecordingSleep(mode: 'instant' | 'untilAborted' = 'instant'): RecordingSleep {
  const sleeps: number[] = [];
  return {
    sleeps,
    sleep: (ms, signal) => {
      sleeps.push(ms);
      if (mode === 'instant') return abortableSleep(0, signal);
      return new Promise<void>((_resolve, reject) => {
        if (signal?.aborted) reject(new AbortError('Waiting', signal.reason));
        signal?.addEventListener('abort', () => reject(new AbortError('Waiting', signal.reason)), { once: true });
      });
    },
  };
}
