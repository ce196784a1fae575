import type { ReferenceText } from '../../originality/find-verbatim-overlaps.js';
import type { LedgerSource } from '../../provenance/ledger-entry.js';
import type { C2paAction, DigitalSourceType } from '../../provenance/provenance-vocabulary.js';
import { parseFountain } from '../../screenplay/parse-fountain.js';
import type { ScreenplayElement } from '../../screenplay/screenplay-element.js';
import type { PromptTemplate } from '../prompts/prompt-template.js';
import type { GuardedTextRequest } from '../../guard/guard-text-model.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import { extractFountain } from './extract-fountain.js';
import type { FountainDraft } from './fountain-draft.js';
import { fountainProblems, type FountainExpectation } from './fountain-problems.js';
import { invalidFountainFinding } from './invalid-fountain-finding.js';
import { promptParameters } from '../prompts/prompt-parameters.js';
import { renderPrompt } from './render-prompt.js';
import type { TaskContext } from './task-context.js';
import { taskRequest } from './task-request.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** One Fountain generation: the prompt, what to record, and what the parsed output must look like. */
export interface FountainTaskRun<Slot extends string> {
  readonly task: string;
  readonly template: PromptTemplate<Slot>;
  readonly slots: Readonly<Record<Slot, string>>;
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly references?: readonly ReferenceText[];
  readonly source?: LedgerSource;
  readonly action?: C2paAction;
  readonly digitalSourceType?: DigitalSourceType;
  readonly expectation: FountainExpectation;
  /** Adjusts the extracted text before it is checked (e.g. restores the selection's surrounding whitespace). */
  readonly shape?: (fountain: string) => string;
  /** The elements to check; the output parsed on its own by default (a rewrite checks it in place instead). */
  readonly elementsOf?: (fountain: string) => readonly ScreenplayElement[];
}

/** The guarded request for a Fountain run: the rendered prompt, recorded with the prompt id and settings as parameters. */
export function fountainRequest<Slot extends string>(context: TaskContext, run: FountainTaskRun<Slot>): GuardedTextRequest {
  return taskRequest(context, renderPrompt(run.template, run.slots), {
    task: run.task,
    parameters: promptParameters(run.template, run.settings),
    ...omitUndefined({ references: run.references, source: run.source, action: run.action, digitalSourceType: run.digitalSourceType }),
  });
}

/**
 * Strips fences and chatter from a generation, parses it back and checks it. Output that is not what the task asked
 * for gets a `task.invalid-fountain` finding, never an exception: the writer keeps the text. The finding is added
 * after the guard recorded the generation, so the ledger's check summary lacks it.
 */
export function checkFountainResult<Slot extends string>(run: FountainTaskRun<Slot>, result: GuardedResult<string>): GuardedResult<FountainDraft> {
  const extracted = extractFountain(result.text);
  const fountain = run.shape === undefined ? extracted : run.shape(extracted);
  const elements = run.elementsOf === undefined ? parseFountain(fountain).elements : run.elementsOf(fountain);
  const problems = extracted === '' ? ['it is empty'] : fountainProblems(elements, run.expectation);
  const valid = problems.length === 0;
  return {
    ...result,
    output: { fountain, valid },
    findings: valid ? result.findings : [...result.findings, invalidFountainFinding(run.task, run.expectation.description, problems)],
  };
}

/** Asks the guarded model for Fountain and checks what comes back (see `checkFountainResult`). */
export async function runFountainTask<Slot extends string>(context: TaskContext, run: FountainTaskRun<Slot>): Promise<GuardedResult<FountainDraft>> {
  return checkFountainResult(run, await context.model.generate(fountainRequest(context, run)));
}
