import { ReelkitError } from '../../errors/reelkit-error.js';

/**
 * The Reelkit error an SDK wrapped, if any: SDKs catch what our fetch wrapper throws (an idle timeout, a
 * rate-limit verdict) and rethrow it as their own error with ours as `cause`.
 */
export function findReelkitError(error: unknown): ReelkitError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth += 1) {
    if (ReelkitError.isInstance(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
