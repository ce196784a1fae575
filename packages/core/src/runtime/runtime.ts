import { abortableSleep } from './abortable-sleep.js';
import { createHasher, type Hasher } from './hasher.js';
import { silentLogger, type Logger } from './logger.js';

/** The WHATWG fetch signature every host can supply. */
export type FetchFunction = typeof globalThis.fetch;

/**
 * Everything host-specific the core needs, injected. Each host supplies its own: VS Code the global fetch,
 * Obsidian a fetch over `requestUrl`, UXP its fetch. Tests pass fakes; nothing patches globals.
 */
export interface Runtime {
  readonly fetch: FetchFunction;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  /** A number in [0, 1), used for retry jitter and ids. */
  readonly random: () => number;
  readonly logger: Logger;
  /** Waits, rejecting with an AbortError when the signal aborts. */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly hasher: Hasher;
  /** WebCrypto, for signing and key generation. */
  readonly subtle: SubtleCrypto;
}

/** A runtime from the host's globals, with any part replaced. The logger is silent unless given. */
export function createRuntime(overrides: Partial<Runtime> = {}): Runtime {
  const subtle = overrides.subtle ?? globalThis.crypto.subtle;
  return {
    // Bound so that hosts whose fetch needs `this === globalThis` (browsers, UXP) keep working.
    fetch: overrides.fetch ?? globalThis.fetch.bind(globalThis),
    now: overrides.now ?? Date.now,
    random: overrides.random ?? Math.random,
    logger: overrides.logger ?? silentLogger,
    sleep: overrides.sleep ?? abortableSleep,
    hasher: overrides.hasher ?? createHasher(subtle),
    subtle,
  };
}
