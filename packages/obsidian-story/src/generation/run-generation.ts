import type { Finding } from '@reelkit/core/findings';
import type { GuardedTextModel } from '@reelkit/core/guard';
import { messageText } from '@reelkit/core/models';
import type { GenerationRecord } from './generation-history.js';
import type { GenerationPlan } from './plan-generation.js';
import { promptParameters } from '@reelkit/core/tasks/prompts';
import type { SuggestionTarget } from './suggestion-target.js';
import { omitUndefined } from '@reelkit/core/runtime';
import { recordOfResult } from './record-of-result.js';
import { streamedResult } from './streamed-result.js';

/** A result waiting for the writer in the suggestion view. */
export interface PendingSuggestion {
  readonly record: GenerationRecord;
  readonly target: SuggestionTarget;
  readonly defaultApply: 'insert' | 'replace';
  readonly findings: readonly Finding[];
  /** A Fountain result offers to be saved as a new file here (never over an existing one). */
  readonly saveAs?: string;
  /** False when the result is not for the note (an adaptation is saved as its own file only). */
  readonly inNote?: boolean;
}

/** What a generation runs with. */
export interface GenerationRun {
  /** Guarded with the note's ledger: the generation is checked and recorded; placement when the writer applies it. */
  readonly model: GuardedTextModel;
  readonly now: () => number;
  readonly signal?: AbortSignal;
  /** Streams the generation: told the text so far as it arrives (all at once where the platform buffers). */
  readonly onText?: (text: string) => void;
}

/**
 * Sends an approved plan to the guarded model (the session's checks, originality against the scene it was given,
 * then the note's ledger, which names the prompt by id and version) and returns the result as a pending suggestion
 * with the checks' findings. Nothing touches the note here. With `onText`, the text is streamed as it is written.
 */
export async function runGeneration(plan: GenerationPlan, run: GenerationRun): Promise<PendingSuggestion> {
  const scene = plan.messages[1] === undefined ? '' : messageText(plan.messages[1]);
  const request = {
    messages: plan.messages,
    maxOutputTokens: plan.task.expectedOutputTokens * 2,
    ...omitUndefined({ signal: run.signal }),
    record: {
      task: `story.${plan.task.id}`,
      references: [{ id: 'prompt', name: 'Prompt: story bible and scene', text: scene }],
      parameters: promptParameters(plan.task.prompt, { task: plan.task.id, ...(plan.task.source === 'note' ? { template: plan.task.path } : {}), contextEntries: plan.context.included.map((entry) => entry.entryId) }),
    },
  };
  const result = run.onText === undefined ? await run.model.generate(request) : await streamedResult(run.model.stream(request), run.onText);
  const record = recordOfResult(result, plan.task.id, plan.target.notePath, result.output, run.now());
  return { record, target: plan.target, defaultApply: plan.task.defaultApply, findings: result.findings };
}
