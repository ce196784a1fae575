import { ReelkitError } from './reelkit-error.js';

/** The caller cancelled the operation. Always thrown on abort, never a silent `undefined`. */
export class AbortError extends ReelkitError {
  constructor(operation: string, reason?: unknown) {
    super({ code: 'aborted', message: `${operation} was cancelled.`, cause: reason });
    this.name = 'AbortError';
  }
}
