import { ReelkitError } from './reelkit-error.js';

/**
 * Which limit was hit: the whole call (`total`), the wait for the response headers (`first-byte`), or the wait
 * for the next chunk of a response body that had started (`idle`).
 */
export type TimeoutKind = 'total' | 'first-byte' | 'idle';

const describeLimit = (kind: TimeoutKind, timeoutMs: number, operation: string): string => {
  if (kind === 'total') return `${operation} did not finish within ${timeoutMs} ms.`;
  if (kind === 'first-byte') return `${operation} got no response within ${timeoutMs} ms.`;
  return `${operation} stalled: no data for ${timeoutMs} ms.`;
};

const hints: Record<TimeoutKind, string> = {
  total: 'Try again, or raise totalTimeoutMs in the call policy if the provider is known to be slow.',
  // A local model answers a non-streaming request only when it has generated everything.
  'first-byte': 'A local model may still be generating: raise firstByteTimeoutMs, lower the output cap, or stream the call.',
  idle: 'Try again, or raise idleTimeoutMs in the call policy if the provider is known to pause.',
};

/** A call took longer than the call policy allows. */
export class TimeoutError extends ReelkitError {
  readonly kind: TimeoutKind;
  readonly timeoutMs: number;

  constructor(kind: TimeoutKind, timeoutMs: number, operation: string) {
    super({ code: 'timeout', message: describeLimit(kind, timeoutMs, operation), hint: hints[kind] });
    this.name = 'TimeoutError';
    this.kind = kind;
    this.timeoutMs = timeoutMs;
  }
}
