import type { Finding } from '../../findings/finding.js';
import type { ReferenceText } from '../../originality/find-verbatim-overlaps.js';
import type { JobHandle } from '../../models/job.js';
import type { TextBatchModel } from '../../models/text-batch-model.js';
import type { TextMessage } from '../../models/text-model.js';
import { promptText } from '../../guard/prompt-text.js';
import { runTextChecks } from '../../guard/run-text-checks.js';
import type { TextCheck } from '../../guard/text-check.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** One generation of a batch, e.g. the description of one scene. */
export interface GuardedBatchItem {
  /** The caller's id for matching results, e.g. a scene id. */
  readonly id: string;
  readonly messages: readonly TextMessage[];
  readonly references?: readonly ReferenceText[];
  /** Recorded with the result (prompt id and version, settings). */
  readonly parameters?: Readonly<Record<string, unknown>>;
  readonly maxOutputTokens?: number;
}

/**
 * A submitted batch as plain JSON: persist it with the document so results can be collected after a reload (the
 * batch may take up to 24 h). It holds each item's prompt so the ledger can digest it when the result comes back.
 */
export interface GuardedBatchJob {
  readonly task: string;
  readonly handle: JobHandle;
  readonly items: readonly { readonly id: string; readonly prompt: string; readonly references?: readonly ReferenceText[]; readonly parameters?: Readonly<Record<string, unknown>> }[];
}

/** What to submit. */
export interface SubmitGuardedBatchRequest {
  readonly model: TextBatchModel;
  /** The task's name, e.g. `scene-description`; recorded as the AI actor of every result. */
  readonly task: string;
  readonly items: readonly GuardedBatchItem[];
  /** Prompt-stage checks run before submission, as the live pipeline runs them before a call. */
  readonly checks?: readonly TextCheck[];
  readonly signal?: AbortSignal;
}

/** The job to persist, and the prompt findings by item id (shown before the user waits a day for results). */
export interface SubmittedGuardedBatch {
  readonly job: GuardedBatchJob;
  readonly findings: Readonly<Record<string, readonly Finding[]>>;
}

/**
 * Runs the guard's prompt checks on every item, then submits them as one provider batch (OpenAI Batch API:
 * half price) instead of thousands of live calls. Collect with `collectGuardedBatch`.
 */
export async function submitGuardedBatch(request: SubmitGuardedBatchRequest): Promise<SubmittedGuardedBatch> {
  const findings: Record<string, readonly Finding[]> = {};
  const signal = request.signal === undefined ? {} : { signal: request.signal };
  for (const item of request.items) {
    const found = await runTextChecks(request.checks ?? [], { stage: 'prompt', text: promptText(item.messages), task: request.task, references: item.references ?? [], ...signal });
    if (found.length > 0) findings[item.id] = found;
  }
  const handle = await request.model.submit(
    request.items.map((item) => ({ id: item.id, request: { messages: item.messages, ...omitUndefined({ maxOutputTokens: item.maxOutputTokens }) } })),
    signal,
  );
  const items = request.items.map((item) => ({
    id: item.id,
    prompt: promptText(item.messages),
    ...omitUndefined({ references: item.references, parameters: item.parameters }),
  }));
  return { job: { task: request.task, handle, items }, findings };
}
