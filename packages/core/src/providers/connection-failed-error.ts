import { ApiCallError } from '../errors/api-call-error.js';
import type { SecretRedactor } from '../runtime/secret-redactor.js';
import { sanitizedCause } from './sanitized-cause.js';

/** The retryable error for a request that got no response at all (reset, refused, DNS), secrets scrubbed. */
export function connectionFailedError(provider: string, error: Error, redact: SecretRedactor): ApiCallError {
  return new ApiCallError({
    provider,
    message: `Could not reach ${provider}: ${redact(error.message)}`,
    hint: 'Check the network and the base URL.',
    isRetryable: true,
    cause: sanitizedCause(error, redact),
  });
}
