import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { AbortError } from '../../errors/abort-error.js';
import { ApiCallError } from '../../errors/api-call-error.js';
import { InvalidResponseError } from '../../errors/invalid-response-error.js';
import type { ReelkitError } from '../../errors/reelkit-error.js';
import { TimeoutError } from '../../errors/timeout-error.js';
import type { SecretRedactor } from '../../runtime/secret-redactor.js';
import { readRetryAfterMs } from '../policy/retry-after.js';
import { connectionFailedError } from '../connection-failed-error.js';
import { sanitizedCause } from '../sanitized-cause.js';
import { isNotSupportedAnswer } from './is-not-supported-answer.js';

const hintForStatus = (status: number, code: string | undefined, provider: string, notSupported: boolean): string => {
  if (notSupported) return `${provider} does not support this request; choose another model or server, or turn the feature off.`;
  if (status === 401) return `Check the ${provider} API key (run "Set API key" again); it may be revoked or mistyped.`;
  if (status === 403) return 'The key is valid but not allowed this model or region; check the project and organization settings.';
  if (status === 404) return 'Check the model name and the base URL.';
  if (status === 429 && code === 'insufficient_quota') return 'The account is out of credit; add credit in the provider dashboard.';
  if (status === 429) return 'Rate limited; the call was retried as the server asked. Lower the concurrency or try again later.';
  if (status >= 500) return 'The provider had a server error; try again shortly.';
  return 'The provider rejected the request; the message above says why.';
};

/** The provider's own error code (`code`, else `type`), from an SDK error. */
const providerCodeOf = (error: APIError): string | undefined => {
  // llama.cpp's server sends the HTTP status as a numeric `code` and the meaning in `type`.
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  return text(error.code) ?? text(error.type);
};

/** Error events a server sends inside a 200 stream; worth another try only when the server says it is transient. */
const transientStreamCodes = new Set(['server_error', 'rate_limit_exceeded', 'overloaded_error', 'service_unavailable']);

/** What the normaliser needs besides the error. */
export interface OpenAIErrorScope {
  readonly provider: string;
  readonly redact: SecretRedactor;
  readonly now: number;
  /** The call policy's header limit, for the TimeoutError of a response that never started. */
  readonly firstByteTimeoutMs: number;
}

/** Maps an error from the openai SDK to a Reelkit error, with secrets scrubbed from every text it carries. */
export function normalizeOpenAIError(error: unknown, scope: OpenAIErrorScope): ReelkitError {
  const { provider, redact } = scope;
  if (error instanceof APIUserAbortError) return new AbortError(`${provider} request`);
  // The SDK replaces the TimeoutError our fetch threw before the headers came with its own, causeless one.
  if (error instanceof APIConnectionTimeoutError) return new TimeoutError('first-byte', scope.firstByteTimeoutMs, `${provider} request`);
  if (error instanceof APIConnectionError) return connectionFailedError(provider, error, redact);
  if (error instanceof APIError && error.status === undefined && error.error !== undefined) {
    // An error event inside a 200 stream: no HTTP status, but the server's own code says what happened.
    const providerCode = providerCodeOf(error);
    return new ApiCallError({
      provider,
      code: 'api_error',
      message: `${provider} reported an error mid-stream${providerCode ? ` (${providerCode})` : ''}: ${redact(error.message)}`,
      hint: 'The server stopped the answer with this error; the message above says why.',
      isRetryable: providerCode !== undefined && transientStreamCodes.has(providerCode),
      ...(providerCode === undefined ? {} : { providerCode }),
      cause: sanitizedCause(error, redact),
    });
  }
  if (error instanceof APIError && error.status !== undefined) {
    const status = error.status;
    const retryAfterMs = readRetryAfterMs(error.headers, scope.now);
    const providerCode = providerCodeOf(error);
    const notSupported = isNotSupportedAnswer(status, providerCode, error.message);
    const transient = status === 408 || status === 409 || status === 429 || status >= 500;
    return new ApiCallError({
      provider,
      status,
      message: `${provider} answered ${status}: ${redact(error.message)}`,
      hint: hintForStatus(status, providerCode, provider, notSupported),
      isRetryable: transient && !notSupported && providerCode !== 'insufficient_quota',
      ...(error.requestID ? { requestId: error.requestID } : {}),
      ...(providerCode === undefined ? {} : { providerCode }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      cause: sanitizedCause(error, redact),
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new InvalidResponseError(provider, redact(message), sanitizedCause(error, redact));
}
