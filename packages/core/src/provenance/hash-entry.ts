import type { Hasher } from '../runtime/hasher.js';
import { canonicalJson } from '../runtime/canonical-json.js';

/** The chain hash of a ledger line: hex SHA-256 of its canonical JSON, so key order and spacing do not matter. */
export function hashEntry(value: unknown, hasher: Hasher): Promise<string> {
  return hasher.sha256(canonicalJson(value));
}
