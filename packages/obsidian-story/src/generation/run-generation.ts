import type { Finding } from '@reelkit/core/findings';
import type { GuardedTextModel } from '@reelkit/core/guard';
import { messageText } from '@reelkit/core/models';
import type { GenerationRecord } from './generation-history.js';
import type { GenerationPlan } from './plan-generation.js';
import { promptParameters } from '@reelkit/core/tasks/prompts';
import type { SuggestionTarget } from './suggestion-target.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** A result waiting for the writer in the suggestion view. */
export interface PendingSuggestion {
  readonly record: GenerationRecord;
  readonly target: SuggestionTarget;
  readonly defaultApply: 'insert' | 'replace';
  readonly findings: readonly Finding[];
}

/** What a generation runs with. */
export interface GenerationRun {
  /** Guarded with the note's ledger: the generation is checked and recorded; placement when the writer applies it. */
  readonly model: GuardedTextModel;
  readonly now: () => number;
  readonly signal?: AbortSignal;
}

/**
 * Sends an approved plan to the guarded model (the session's checks, originality against the scene it was given,
 * then the note's ledger, which names the prompt by id and version) and returns the result as a pending suggestion
 * with the checks' findings. Nothing touches the note here.
 */
export async function runGeneration(plan: GenerationPlan, run: GenerationRun): Promise<PendingSuggestion> {
  const scene = plan.messages[1] === undefined ? '' : messageText(plan.messages[1]);
  const result = await run.model.generate({
    messages: plan.messages,
    maxOutputTokens: plan.task.expectedOutputTokens * 2,
    ...omitUndefined({ signal: run.signal }),
    record: {
      task: `story.${plan.task.id}`,
      references: [{ id: 'prompt', name: 'Prompt: story bible and scene', text: scene }],
      parameters: promptParameters(plan.task.prompt, { task: plan.task.id, contextEntries: plan.context.included.map((entry) => entry.entryId) }),
    },
  });
  const time = run.now();
  const record: GenerationRecord = {
    id: result.provenanceId ?? `generation-${time}`,
    time,
    taskId: plan.task.id,
    notePath: plan.target.notePath,
    provider: result.provider,
    modelId: result.modelId,
    inputTokens: result.usage.inputTokens ?? 0,
    outputTokens: result.usage.outputTokens ?? 0,
    usd: result.cost.usd,
    ...omitUndefined({ provenanceId: result.provenanceId }),
    status: 'pending',
    text: result.output.trim(),
  };
  return { record, target: plan.target, defaultApply: plan.task.defaultApply, findings: result.findings };
}
