import { ReelkitError } from './reelkit-error.js';

/** A response arrived but could not be understood (malformed JSON, truncated stream, wrong shape). */
export class InvalidResponseError extends ReelkitError {
  readonly provider: string;

  constructor(provider: string, message: string, cause?: unknown) {
    super({
      code: 'invalid_response',
      message: `${provider} sent a response that could not be read: ${message}`,
      hint: 'This is usually transient; try again. If it persists, check the base URL points at a compatible server.',
      cause,
    });
    this.name = 'InvalidResponseError';
    this.provider = provider;
  }
}
