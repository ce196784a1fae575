import type { SecretRedactor } from '../runtime/secret-redactor.js';
import type { JsonValue } from './ledger-entry.js';

// Names that hold credentials in provider settings and HTTP options, compared without case and separators.
// `maxTokens` must survive, so `token` counts only as the end of a name.
const secretWords = ['secret', 'password', 'passwd', 'authorization', 'credential', 'cookie', 'bearer', 'apikey', 'privatekey', 'accesskey'];
const isSecretName = (name: string): boolean => {
  const folded = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return secretWords.some((word) => folded.includes(word)) || folded.endsWith('key') || folded.endsWith('token') || folded === 'auth' || folded === 'headers';
};
// Values shaped like the keys of the providers Reelkit speaks to, or an HTTP bearer header.
const secretValue = /^(sk-|sk_|r8_|rk-|pk-|Bearer\s|Basic\s)/;

/**
 * Generation parameters safe to record: members whose name sounds like a credential (and `headers`, which carry
 * them), string values shaped like a key, functions and other non-JSON values are dropped at any depth; the
 * remaining strings pass through `redact`.
 */
export function filterParameters(parameters: Readonly<Record<string, unknown>>, redact: SecretRedactor): { [key: string]: JsonValue } {
  const result: { [key: string]: JsonValue } = {};
  for (const [name, value] of Object.entries(parameters)) {
    if (isSecretName(name)) continue;
    const kept = filterValue(value, redact);
    if (kept !== undefined) result[name] = kept;
  }
  return result;
}

function filterValue(value: unknown, redact: SecretRedactor): JsonValue | undefined {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return secretValue.test(value) ? undefined : redact(value);
  if (Array.isArray(value)) return value.map((item) => filterValue(item, redact)).filter((item): item is JsonValue => item !== undefined);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return filterParameters(value as Record<string, unknown>, redact);
  return undefined;
}
