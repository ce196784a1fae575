import type { Finding } from '../../findings/finding.js';
import type { LedgerSource } from '../../provenance/ledger-entry.js';
import type { ProvenanceRecorder } from '../../provenance/provenance-recorder.js';
import type { C2paAction } from '../../provenance/provenance-vocabulary.js';
import type { TextBatchModel } from '../../models/text-batch-model.js';
import type { Cost } from '../../models/usage.js';
import { waitForJob } from '../../models/wait-for-job.js';
import type { Runtime } from '../../runtime/runtime.js';
import { recordGeneration } from '../../guard/record-generation.js';
import { runTextChecks } from '../../guard/run-text-checks.js';
import type { TextCheck } from '../../guard/text-check.js';
import { addCost, noCost } from '../../models/add-cost.js';
import type { GuardedBatchJob } from './submit-guarded-batch.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** How to collect a batch. */
export interface CollectGuardedBatchRequest {
  readonly model: TextBatchModel;
  readonly job: GuardedBatchJob;
  readonly runtime: Pick<Runtime, 'sleep'>;
  /** Output-stage checks, the same the live pipeline runs (moderation, lint, originality). */
  readonly checks?: readonly TextCheck[];
  readonly recorder?: ProvenanceRecorder;
  /** `c2pa.translated` for a batch of translations; `c2pa.created` by default. */
  readonly action?: C2paAction;
  readonly source?: LedgerSource;
  readonly intervalMs?: number;
  readonly signal?: AbortSignal;
}

/** One item's outcome: the checked and recorded text, or why it failed. */
export type GuardedBatchItemResult =
  | { readonly id: string; readonly ok: true; readonly output: string; readonly findings: readonly Finding[]; readonly provenanceId?: string; readonly cost: Cost }
  | { readonly id: string; readonly ok: false; readonly error: string };

/** Every item of the batch, in submission order, and the total bill. */
export interface CollectedGuardedBatch {
  readonly items: readonly GuardedBatchItemResult[];
  readonly cost: Cost;
}

/**
 * Waits for a batch, then treats each result as the live pipeline treats a generation: output checks, then a
 * provenance record per item (a failed recording is a finding; the text is kept). Items the provider did not
 * answer come back as failures, so nothing silently goes missing.
 */
export async function collectGuardedBatch(request: CollectGuardedBatchRequest): Promise<CollectedGuardedBatch> {
  const signal = request.signal === undefined ? {} : { signal: request.signal };
  const { output } = await waitForJob(request.model, request.job.handle, {
    runtime: request.runtime,
    ...omitUndefined({ intervalMs: request.intervalMs }),
    ...signal,
  });
  const byId = new Map(output.map((item) => [item.id, item]));
  const items: GuardedBatchItemResult[] = [];
  let cost = noCost;
  for (const item of request.job.items) {
    const answer = byId.get(item.id);
    if (answer === undefined || !answer.ok) {
      items.push({ id: item.id, ok: false, error: answer === undefined ? 'The batch returned no result for this item.' : answer.error });
      continue;
    }
    const { result } = answer;
    cost = addCost(cost, result.cost);
    const findings = await runTextChecks(request.checks ?? [], { stage: 'output', text: result.text, task: request.job.task, references: item.references ?? [], ...signal });
    let provenanceId: string | undefined;
    if (request.recorder !== undefined) {
      const outcome = await recordGeneration(request.recorder, {
        task: request.job.task,
        provider: result.provider,
        model: result.modelId,
        ...omitUndefined({ requestId: result.requestId }),
        prompt: item.prompt,
        parameters: { ...item.parameters, batch: request.job.handle.id },
        output: result.text,
        findings,
        usage: result.usage,
        cost: result.cost,
        ...omitUndefined({ action: request.action, source: request.source }),
      });
      if ('provenanceId' in outcome) provenanceId = outcome.provenanceId;
      else findings.push(outcome.notRecorded);
    }
    items.push({ id: item.id, ok: true, output: result.text, findings, ...omitUndefined({ provenanceId }), cost: result.cost });
  }
  return { items, cost };
}
