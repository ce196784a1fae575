import { ReelkitError } from '@reelkit/core/errors';
import { omitUndefined } from '@reelkit/core/runtime';

/** Premiere refused or could not do what the panel asked (no project, no sequence, a failed import or transaction). */
export class PremiereHostError extends ReelkitError {
  constructor(message: string, hint: string, cause?: unknown) {
    super({ code: 'invalid_argument', message, hint, ...omitUndefined({ cause }) });
    this.name = 'PremiereHostError';
  }
}
