import type { SecretRedactor } from '../runtime/secret-redactor.js';

/**
 * A plain copy of an SDK error for `cause`: name and redacted message only. SDK errors carry request and
 * response objects whose bodies can echo a key; those never travel on with our errors.
 */
export function sanitizedCause(error: unknown, redact: SecretRedactor): Error {
  const copy = new Error(redact(error instanceof Error ? error.message : String(error)));
  copy.name = error instanceof Error ? error.name : 'Error';
  return copy;
}
