import { ReelkitError, type ReelkitErrorCode } from './reelkit-error.js';

const marker = Symbol.for('reelkit.error.api-call');

/** Settings of an {@link ApiCallError}. */
export interface ApiCallErrorOptions {
  readonly provider: string;
  readonly message: string;
  readonly hint?: string;
  /** HTTP status, absent when no response arrived (reset, DNS, refused). */
  readonly status?: number;
  readonly requestId?: string;
  /** The provider's own error code or type, e.g. `context_length_exceeded`, `rate_limit_exceeded`. */
  readonly providerCode?: string;
  readonly isRetryable: boolean;
  /** Delay the server asked for (from `Retry-After` / `Retry-After-Ms`), in milliseconds. */
  readonly retryAfterMs?: number;
  readonly code?: Extract<ReelkitErrorCode, 'api_error' | 'connection_failed'>;
  readonly cause?: unknown;
}

/** A provider's API refused or failed a call, or no usable response arrived. */
export class ApiCallError extends ReelkitError {
  readonly [marker] = true;
  readonly provider: string;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  /** The provider's own error code or type, when it sent one (also for an error event inside a 200 stream). */
  readonly providerCode: string | undefined;
  /** Whether the call policy may try again. */
  readonly isRetryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(options: ApiCallErrorOptions) {
    super({
      code: options.code ?? (options.status === undefined ? 'connection_failed' : 'api_error'),
      message: options.message,
      ...(options.hint === undefined ? {} : { hint: options.hint }),
      cause: options.cause,
    });
    this.name = 'ApiCallError';
    this.provider = options.provider;
    this.status = options.status;
    this.requestId = options.requestId;
    this.providerCode = options.providerCode;
    this.isRetryable = options.isRetryable;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** True for an API call error from any bundled copy of the core. */
  static override isInstance(value: unknown): value is ApiCallError {
    return ReelkitError.isInstance(value) && (value as unknown as Record<symbol, unknown>)[marker] === true;
  }
}
