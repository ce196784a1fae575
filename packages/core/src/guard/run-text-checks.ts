import type { Finding } from '../findings/finding.js';
import { ReelkitError } from '../errors/reelkit-error.js';
import type { TextCheck, TextCheckInput } from './text-check.js';

/**
 * Runs every check that applies to the stage, in parallel. A check that throws becomes a `check.failed`
 * finding so the writer knows a check did not run; an abort still rejects, as the caller asked to stop.
 */
export async function runTextChecks(checks: readonly TextCheck[], input: TextCheckInput): Promise<Finding[]> {
  const applicable = checks.filter((check) => check.stages.includes(input.stage));
  const results = await Promise.all(
    applicable.map(async (check): Promise<readonly Finding[]> => {
      try {
        return await check.run(input);
      } catch (error) {
        if (ReelkitError.hasCode(error, 'aborted') || input.signal?.aborted) throw error;
        return [
          {
            ruleId: 'check.failed',
            category: 'moderation',
            severity: 'warning',
            message: `The ${check.id} check could not run on the ${input.stage}: ${error instanceof Error ? error.message : String(error)}`,
            suggestion: 'Review the text yourself, or run the generation again.',
          },
        ];
      }
    }),
  );
  return results.flat();
}
