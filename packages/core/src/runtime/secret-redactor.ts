/** Replaces every occurrence of known secrets in text, so keys never reach logs or errors. */
export type SecretRedactor = (text: string) => string;

const placeholder = '[redacted]';

/** A redactor for the given secrets; empty and very short values are ignored (they would mangle text). */
export function createSecretRedactor(secrets: readonly (string | undefined)[]): SecretRedactor {
  const known = secrets.filter((secret): secret is string => secret !== undefined && secret.length >= 8);
  if (known.length === 0) return (text) => text;
  return (text) => known.reduce((result, secret) => result.split(secret).join(placeholder), text);
}
