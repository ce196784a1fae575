import type { ReferenceText } from '../../originality/find-verbatim-overlaps.js';
import type { StructuredPromptTemplate } from '../prompts/prompt-template.js';
import type { GuardedResult } from '../../guard/guarded-result.js';
import { promptParameters } from '../prompts/prompt-parameters.js';
import { renderPrompt } from './render-prompt.js';
import type { TaskContext } from './task-context.js';
import { taskRequest } from './task-request.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** One structured generation: which task, which prompt with which slots, and what to record. */
export interface StructuredTaskRun<Slot extends string, Output> {
  readonly task: string;
  readonly template: StructuredPromptTemplate<Slot, Output>;
  readonly slots: Readonly<Record<Slot, string>>;
  /** Task settings recorded next to the prompt id (genre, count). */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly references?: readonly ReferenceText[];
}

/** Renders the prompt and asks the guarded model for schema-validated JSON; a mismatch rejects with SchemaMismatchError. */
export function runStructuredTask<Slot extends string, Output>(context: TaskContext, run: StructuredTaskRun<Slot, Output>): Promise<GuardedResult<Output>> {
  const request = taskRequest(context, renderPrompt(run.template, run.slots), {
    task: run.task,
    parameters: promptParameters(run.template, run.settings),
    ...omitUndefined({ references: run.references }),
  });
  return context.model.generateObject({ ...request, schema: run.template.schema });
}
