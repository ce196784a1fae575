import { ReelkitError } from './reelkit-error.js';

/** A provider needs a key or token that was not supplied. */
export class MissingApiKeyError extends ReelkitError {
  readonly provider: string;

  constructor(provider: string, hint: string) {
    super({ code: 'missing_api_key', message: `No API key for ${provider}.`, hint });
    this.name = 'MissingApiKeyError';
    this.provider = provider;
  }
}
