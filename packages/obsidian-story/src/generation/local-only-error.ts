import { ReelkitError } from '@reelkit/core/errors';

/** The local-only switch refused a request to an endpoint that is not on this machine or an allowed LAN host. */
export class LocalOnlyError extends ReelkitError {
  /** The refused URL's host (never the full URL: it may carry a token). */
  readonly host: string;

  constructor(host: string, why: string) {
    super({
      code: 'local_only',
      message: `Local-only mode refused a request to ${host || 'an invalid address'}: ${why}.`,
      hint: 'Use a local server (Ollama, LM Studio, llama.cpp) on this machine, add its private-network host to the allowed list, or turn local-only mode off.',
    });
    this.name = 'LocalOnlyError';
    this.host = host;
  }

  /** True for a LocalOnlyError from any bundled copy of the plugin. */
  static isLocalOnly(value: unknown): value is LocalOnlyError {
    return ReelkitError.hasCode(value, 'local_only');
  }
}
