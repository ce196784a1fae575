/** The part of `Headers` this module reads, so SDK header objects of any shape can be passed. */
export interface HeaderReader {
  get(name: string): string | null | undefined;
}

/**
 * The delay a server asked for, in milliseconds: `retry-after-ms` (OpenAI), else `retry-after` as seconds or as an
 * HTTP date. Undefined when absent or unreadable.
 */
export function readRetryAfterMs(headers: HeaderReader | undefined, now: number): number | undefined {
  if (headers === undefined) return undefined;
  const milliseconds = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const retryAfter = headers.get('retry-after')?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number.parseFloat(retryAfter) * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
