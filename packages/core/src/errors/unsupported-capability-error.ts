import { ReelkitError } from './reelkit-error.js';

/** A provider or model cannot do what was asked (e.g. music from a local server). */
export class UnsupportedCapabilityError extends ReelkitError {
  readonly provider: string;
  readonly capability: string;

  constructor(provider: string, capability: string, hint?: string) {
    super({
      code: 'unsupported_capability',
      message: `${provider} does not support ${capability}.`,
      hint: hint ?? 'Choose a provider that offers it, or configure a model for it.',
    });
    this.name = 'UnsupportedCapabilityError';
    this.provider = provider;
    this.capability = capability;
  }
}
