import { storyIdeasPrompt, type StoryIdeas } from '../prompts/story-ideas-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import { describeConstraints } from './describe-constraints.js';
import { optionCount } from './option-count.js';
import { requireText } from './require-text.js';
import { runStructuredTask } from './run-structured-task.js';
import type { TaskContext } from './task-context.js';

/** A theme, image or question to brainstorm story ideas from. */
export interface StoryIdeasInput {
  readonly theme: string;
  /** Ideas to propose, 1 to 10; 5 by default. */
  readonly count?: number;
  readonly genre?: string;
  readonly audience?: string;
  readonly format?: string;
}

/** Story ideas (title, summary, hook) around a theme. */
export async function generateStoryIdeas(context: TaskContext, input: StoryIdeasInput): Promise<GuardedResult<StoryIdeas>> {
  const count = optionCount('story-ideas', input.count, 5);
  const constraints = { Genre: input.genre, Audience: input.audience, Format: input.format };
  return runStructuredTask(context, {
    task: 'story-ideas',
    template: storyIdeasPrompt,
    slots: { theme: requireText('story-ideas', 'theme', input.theme), count: String(count), constraints: describeConstraints(constraints, 'None.') },
    settings: { count, ...definedSettings(constraints) },
  });
}

/** The constraints the writer set, keyed in lower case for the ledger. */
function definedSettings(constraints: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(constraints).flatMap(([label, value]) => (value === undefined ? [] : [[label.toLowerCase(), value]])));
}
