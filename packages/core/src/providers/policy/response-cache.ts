import { canonicalJson } from '../../runtime/canonical-json.js';
import type { Hasher } from '../../runtime/hasher.js';

/**
 * Where cached model answers live, keyed by the SHA-256 of the canonical request. Hosts may persist it
 * (workspace storage, a vault folder); values must be structured-cloneable.
 */
export interface ResponseCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** An in-memory cache that forgets the least recently used entries past `maxEntries`. */
export function createMemoryResponseCache(maxEntries = 500): ResponseCache {
  const entries = new Map<string, unknown>();
  return {
    async get(key) {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key);
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    async set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
  };
}

/** The content address of a request: everything that shapes the answer, canonicalised and hashed. */
export async function responseCacheKey(hasher: Hasher, request: unknown): Promise<string> {
  return hasher.sha256(canonicalJson(request));
}
