import type { Finding, FindingCategory } from '../../findings/finding.js';

// FindingCategory has no category for output form yet; `continuity` is the closest (the output does not continue
// the script in its own form). One place to change when a `format` category is added.
const category: FindingCategory = 'format';

/** Rule id of the finding a writing task adds when its output is not the Fountain it asked for. */
export const invalidFountainRuleId = 'task.invalid-fountain';

/** The finding for Fountain output that failed its expectation; the output itself is kept, never thrown away. */
export function invalidFountainFinding(task: string, description: string, problems: readonly string[]): Finding {
  return {
    ruleId: invalidFountainRuleId,
    category,
    severity: 'warning',
    message: `The ${task} output is not ${description}: ${problems.join('; ')}.`,
    suggestion: 'The text is kept as the model wrote it: regenerate, or fix its formatting before inserting it.',
  };
}
