import { ApiCallError } from '../../errors/api-call-error.js';
import { InvalidResponseError } from '../../errors/invalid-response-error.js';
import type { ReelkitError } from '../../errors/reelkit-error.js';
import type { SecretRedactor } from '../../runtime/secret-redactor.js';
import { connectionFailedError } from '../connection-failed-error.js';
import { sanitizedCause } from '../sanitized-cause.js';

const hintForStatus = (status: number): string => {
  if (status === 401) return 'Check the Replicate API token (run "Set API key" again).';
  if (status === 402) return 'The Replicate account needs billing set up or more credit.';
  if (status === 404) return 'Check the model slug and version; it may be private or renamed.';
  if (status === 422) return 'The model rejected the input; its input schema on replicate.com says what it takes.';
  return 'The provider rejected the request; the message above says why.';
};

/** Maps an error from the replicate SDK to a Reelkit error, with secrets scrubbed and the SDK's request dropped. */
export function normalizeReplicateError(error: unknown, provider: string, redact: SecretRedactor): ReelkitError {
  const response = (error as { response?: unknown } | null)?.response;
  if (error instanceof Error && error.name === 'ApiError' && response instanceof Response) {
    return new ApiCallError({
      provider,
      status: response.status,
      message: `${provider} answered ${response.status}: ${redact(error.message)}`,
      hint: hintForStatus(response.status),
      isRetryable: false,
      cause: sanitizedCause(error, redact),
    });
  }
  if (error instanceof SyntaxError) return new InvalidResponseError(provider, redact(error.message), sanitizedCause(error, redact));
  // fetch rejects with a TypeError when the connection fails (reset, refused, DNS).
  if (error instanceof TypeError) return connectionFailedError(provider, error, redact);
  const message = error instanceof Error ? error.message : String(error);
  return new InvalidResponseError(provider, redact(message), sanitizedCause(error, redact));
}
