import { ReelkitError } from '../../errors/reelkit-error.js';

/** A certificate chain or private key that cannot sign C2PA manifests (unreadable, mismatched, wrong profile). */
export class InvalidSigningIdentityError extends ReelkitError {
  constructor(message: string, hint: string, cause?: unknown) {
    super({ code: 'invalid_argument', message, hint, cause });
    this.name = 'InvalidSigningIdentityError';
  }
}
