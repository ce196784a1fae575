import { plotTwistsPrompt, type PlotTwists } from '../prompts/plot-twists-prompt.js';
import type { BeatOutline } from '../prompts/beat-outline-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import { describeConstraints } from './describe-constraints.js';
import { formatBeatOutline } from './format-beat-outline.js';
import { optionCount } from './option-count.js';
import { requireText } from './require-text.js';
import { runStructuredTask } from './run-structured-task.js';
import type { TaskContext } from './task-context.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** The outline so far (the writer's text or a generated beat outline) to twist. */
export interface PlotTwistsInput {
  readonly outline: string | BeatOutline;
  /** Twists to propose, 1 to 10; 3 by default. */
  readonly count?: number;
  readonly genre?: string;
  /** What must stay true, e.g. "nobody dies". */
  readonly keep?: string;
}

/** Plot twists (twist, setup, consequence) that follow from the outline so far. */
export async function generatePlotTwists(context: TaskContext, input: PlotTwistsInput): Promise<GuardedResult<PlotTwists>> {
  const count = optionCount('plot-twists', input.count, 3);
  const outline = typeof input.outline === 'string' ? input.outline : formatBeatOutline(input.outline);
  return runStructuredTask(context, {
    task: 'plot-twists',
    template: plotTwistsPrompt,
    slots: {
      outline: requireText('plot-twists', 'outline', outline),
      count: String(count),
      constraints: describeConstraints({ Genre: input.genre, 'Must stay true': input.keep }, 'None.'),
    },
    settings: { count, ...omitUndefined({ genre: input.genre }) },
  });
}
