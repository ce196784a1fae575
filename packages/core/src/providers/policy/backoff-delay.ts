/** Settings of exponential backoff. */
export interface BackoffSettings {
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Delay before retry number `retry` (0-based): exponential, capped, with "equal jitter" (half fixed, half random)
 * so clients that failed together do not retry together.
 */
export function backoffDelay(retry: number, settings: BackoffSettings, random: () => number): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.initialDelayMs * 2 ** retry);
  return ceiling / 2 + (ceiling / 2) * random();
}
