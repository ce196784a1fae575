import { ReelkitError } from '../errors/reelkit-error.js';

/** The story engine was called with data that cannot be used (an unknown cursor section); a caller's bug, not user content. */
export class InvalidStoryInputError extends ReelkitError {
  constructor(message: string, hint: string) {
    super({ code: 'invalid_argument', message, hint });
    this.name = 'InvalidStoryInputError';
  }
}
