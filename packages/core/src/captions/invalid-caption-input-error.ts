import { ReelkitError } from '../errors/reelkit-error.js';

/** Captions could not be written as asked (a negative time, `-->` in a note); a caller's bug, not user content. */
export class InvalidCaptionInputError extends ReelkitError {
  constructor(message: string, hint: string) {
    super({ code: 'invalid_argument', message, hint });
    this.name = 'InvalidCaptionInputError';
  }
}
