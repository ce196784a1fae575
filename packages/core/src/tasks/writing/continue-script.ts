import { parseFountain } from '../../screenplay/parse-fountain.js';
import type { Screenplay } from '../../screenplay/screenplay.js';
import { estimatePromptTokens } from '../../story/estimate-prompt-tokens.js';
import { continuePrompt } from '../prompts/continue-prompt.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import type { FountainDraft } from './fountain-draft.js';
import type { GroundingBudget } from './grounding-budget.js';
import { insertionSeparators } from './insertion-separators.js';
import { keepTailWithin } from './keep-tail-within.js';
import { requireCursor } from './require-cursor.js';
import { checkFountainResult, fountainRequest, type FountainTaskRun } from './run-fountain-task.js';
import type { TaskContext } from './task-context.js';

/** Where to continue a script from, and how much of it to send. */
export interface ContinueInput {
  readonly script: string;
  readonly screenplay?: Screenplay;
  readonly cursor: number;
  readonly direction?: string;
  /** `contextTokens` bounds the script sent before the cursor (its end is kept). */
  readonly budget?: GroundingBudget;
}

/** A continuation and where it goes. */
export interface ContinuationDraft extends FountainDraft {
  /** The offset to insert at: the cursor. */
  readonly insertAt: number;
  /** `fountain` with the newlines that keep it separate elements from the text around the cursor, in the script's line endings. */
  readonly insertText: string;
}

/** A streamed continuation: the model's raw text as it arrives (for ghost text), then the checked result. */
export type ContinuationStreamPart =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'result'; readonly result: GuardedResult<ContinuationDraft> };

/** The run for a continuation and how to turn its checked result into one. */
function prepareContinuation(input: ContinueInput) {
  const cursor = requireCursor('continue', input.script, input.cursor);
  const screenplay = input.screenplay ?? parseFountain(input.script);
  const sent = keepTailWithin(input.script.slice(0, cursor), input.budget?.contextTokens ?? 1200, input.budget?.countTokens ?? estimatePromptTokens);
  const characters = screenplay.characters.map((character) => character.name);
  const run: FountainTaskRun<'script' | 'characters' | 'direction'> = {
    task: 'continue',
    template: continuePrompt,
    slots: {
      // No trimming: whether the text stops mid-line or after a blank line tells the model how to go on.
      script: sent.text === '' ? '(the script is empty: begin it)' : sent.text,
      characters: characters.length === 0 ? 'None yet.' : characters.join(', '),
      direction: input.direction?.trim() || 'Continue naturally.',
    },
    settings: { cursor, contextChars: sent.text.length },
    references: sent.text.trim() === '' ? [] : [{ id: 'script-before-cursor', name: 'the script before the cursor', text: sent.text }],
    expectation: { description: 'a Fountain continuation' },
  };
  const finish = (raw: GuardedResult<string>): GuardedResult<ContinuationDraft> => {
    const result = checkFountainResult(run, raw);
    const separators = insertionSeparators(input.script, cursor);
    const body = input.script.includes('\r\n') ? result.output.fountain.replace(/\n/g, '\r\n') : result.output.fountain;
    const insertText = body === '' ? '' : separators.before + body + separators.after;
    return { ...result, output: { ...result.output, insertAt: cursor, insertText } };
  };
  return { run, finish };
}

/**
 * Continues the script from the cursor in Fountain, grounded in the script before it (end kept, within budget) and
 * the characters so far. The script sent is also a reference, so a model that repeats it verbatim gets an
 * originality finding. Returns the text to insert and where, for the host to apply and record with `recordPlacement`.
 */
export async function continueScript(context: TaskContext, input: ContinueInput): Promise<GuardedResult<ContinuationDraft>> {
  const { run, finish } = prepareContinuation(input);
  return finish(await context.model.generate(fountainRequest(context, run)));
}

/** `continueScript`, streamed: raw deltas (fences and all) for inline ghost text, then the same checked result. */
export async function* streamContinuation(context: TaskContext, input: ContinueInput): AsyncIterable<ContinuationStreamPart> {
  const { run, finish } = prepareContinuation(input);
  for await (const part of context.model.stream(fountainRequest(context, run))) {
    yield part.type === 'text-delta' ? part : { type: 'result', result: finish(part.result) };
  }
}
