import { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import { AbortError } from '../../errors/abort-error.js';
import { ApiCallError } from '../../errors/api-call-error.js';
import { InvalidResponseError } from '../../errors/invalid-response-error.js';
import type { ReelkitError } from '../../errors/reelkit-error.js';
import type { SecretRedactor } from '../../runtime/secret-redactor.js';
import { readRetryAfterMs } from '../policy/retry-after.js';
import { connectionFailedError } from '../connection-failed-error.js';
import { sanitizedCause } from '../sanitized-cause.js';

const hintForStatus = (status: number, code: string | null | undefined, provider: string): string => {
  if (status === 401) return `Check the ${provider} API key (run "Set API key" again); it may be revoked or mistyped.`;
  if (status === 403) return 'The key is valid but not allowed this model or region; check the project and organization settings.';
  if (status === 404) return 'Check the model name and the base URL.';
  if (status === 429 && code === 'insufficient_quota') return 'The account is out of credit; add credit in the provider dashboard.';
  if (status === 429) return 'Rate limited; the call was retried as the server asked. Lower the concurrency or try again later.';
  if (status >= 500) return 'The provider had a server error; try again shortly.';
  return 'The provider rejected the request; the message above says why.';
};

/** Maps an error from the openai SDK to a Reelkit error, with secrets scrubbed from every text it carries. */
export function normalizeOpenAIError(error: unknown, provider: string, redact: SecretRedactor, now: number): ReelkitError {
  if (error instanceof APIUserAbortError) return new AbortError(`${provider} request`);
  if (error instanceof APIConnectionError) return connectionFailedError(provider, error, redact);
  if (error instanceof APIError && error.status !== undefined) {
    const status = error.status;
    const retryAfterMs = readRetryAfterMs(error.headers, now);
    return new ApiCallError({
      provider,
      status,
      message: `${provider} answered ${status}: ${redact(error.message)}`,
      hint: hintForStatus(status, error.code, provider),
      isRetryable: (status === 408 || status === 409 || status === 429 || status >= 500) && error.code !== 'insufficient_quota',
      ...(error.requestID ? { requestId: error.requestID } : {}),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      cause: sanitizedCause(error, redact),
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new InvalidResponseError(provider, redact(message), sanitizedCause(error, redact));
}
