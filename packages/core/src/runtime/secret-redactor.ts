/** Replaces every occurrence of known secrets in text, so keys never reach logs or errors. */
export type SecretRedactor = (text: string) => string;

const placeholder = '[redacted]';

/**
 * Tokens shaped like the credentials of the services a writer's tools hold (OpenAI and Anthropic `sk-…`, Replicate
 * `r8_…`, Hugging Face `hf_…`, GitHub `ghp_…`, AWS access key ids, Slack `xox…-`) and HTTP bearer credentials: redacted
 * even when nobody listed them, so a caller that forgot the secrets list still leaks nothing. No look-behind: iOS
 * WebKit before 16.4 (Obsidian mobile) rejects it.
 */
const keyShaped = /\b(?:sk-(?:proj-|ant-)?[A-Za-z0-9_-]{16,}|r8_[A-Za-z0-9]{20,}|hf_[A-Za-z0-9]{20,}|gh[pousr]_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,})|(\bBearer\s+)[A-Za-z0-9._~+/=-]{16,}/g;

/**
 * A redactor for the given secrets and for anything shaped like a key; empty and very short listed values are ignored
 * (they would mangle text).
 */
export function createSecretRedactor(secrets: readonly (string | undefined)[]): SecretRedactor {
  const known = secrets.filter((secret): secret is string => secret !== undefined && secret.length >= 8);
  return (text) => known.reduce((result, secret) => result.split(secret).join(placeholder), text).replace(keyShaped, (_match, bearer: string | undefined) => `${bearer ?? ''}${placeholder}`);
}
