import type { FetchFunction } from '@reelkit/core/runtime';

const originOf = (input: string | URL | Request): string => new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).origin;

/**
 * Desktop only: the platform's fetch, which streams a generation as it is written and really stops it on cancel, for
 * the servers that allow it (CORS: OpenAI does, Ollama allows Obsidian's origin by default). A server the platform
 * refuses to read (a TypeError before any answer) is asked through `requestUrl` instead, from then on: buffered, but
 * it works everywhere. A cancelled request is never retried.
 */
export function createDesktopFetch(platformFetch: FetchFunction, fallback: FetchFunction): FetchFunction {
  const refused = new Set<string>();
  return async (input, init) => {
    const origin = originOf(input);
    if (refused.has(origin)) return fallback(input, init);
    const again = input instanceof Request ? input.clone() : input;
    try {
      return await platformFetch(input, init);
    } catch (error) {
      if (!(error instanceof TypeError) || init?.signal?.aborted === true) throw error;
      refused.add(origin);
      return fallback(again, init);
    }
  };
}
