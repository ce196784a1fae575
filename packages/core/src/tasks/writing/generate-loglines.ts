import type { LoglineOptions } from '../prompts/logline-prompt.js';
import { loglinePrompt } from '../prompts/logline-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import { describeConstraints } from './describe-constraints.js';
import { optionCount } from './option-count.js';
import { requireText } from './require-text.js';
import { runStructuredTask } from './run-structured-task.js';
import type { TaskContext } from './task-context.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** A seed idea and optional genre and tone for premises and loglines. */
export interface LoglineInput {
  readonly idea: string;
  /** Options to propose, 1 to 10; 3 by default. */
  readonly count?: number;
  readonly genre?: string;
  readonly tone?: string;
}

/** Several premise-and-logline options (title, logline, premise, genre, tone) for a seed idea. */
export async function generateLoglines(context: TaskContext, input: LoglineInput): Promise<GuardedResult<LoglineOptions>> {
  const count = optionCount('logline', input.count, 3);
  return runStructuredTask(context, {
    task: 'logline',
    template: loglinePrompt,
    slots: {
      idea: requireText('logline', 'idea', input.idea),
      count: String(count),
      constraints: describeConstraints({ Genre: input.genre, Tone: input.tone }, 'None: vary genre and tone across the options.'),
    },
    settings: { count, ...omitUndefined({ genre: input.genre, tone: input.tone }) },
  });
}
