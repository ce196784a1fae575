import { ReelkitError } from './reelkit-error.js';

/** Which limit was hit: the whole call, or the wait for the next chunk of a response. */
export type TimeoutKind = 'total' | 'idle';

/** A call took longer than the call policy allows. */
export class TimeoutError extends ReelkitError {
  readonly kind: TimeoutKind;
  readonly timeoutMs: number;

  constructor(kind: TimeoutKind, timeoutMs: number, operation: string) {
    super({
      code: 'timeout',
      message:
        kind === 'total'
          ? `${operation} did not finish within ${timeoutMs} ms.`
          : `${operation} stalled: no data for ${timeoutMs} ms.`,
      hint: 'Try again, or raise the timeout in the call policy if the provider is known to be slow.',
    });
    this.name = 'TimeoutError';
    this.kind = kind;
    this.timeoutMs = timeoutMs;
  }
}
