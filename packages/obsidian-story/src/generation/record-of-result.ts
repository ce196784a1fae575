import type { GuardedResult } from '@reelkit/core/guard';
import { omitUndefined } from '@reelkit/core/runtime';
import type { GenerationRecord } from './generation-history.js';

/** The history line of a guarded result waiting for the writer: who wrote it, what it cost, its ledger entry, its text. */
export function recordOfResult(result: GuardedResult<unknown>, taskId: string, notePath: string, text: string, time: number): GenerationRecord {
  return {
    id: result.provenanceId ?? `generation-${time}`,
    time,
    taskId,
    notePath,
    provider: result.provider,
    modelId: result.modelId,
    inputTokens: result.usage.inputTokens ?? 0,
    outputTokens: result.usage.outputTokens ?? 0,
    usd: result.cost.usd,
    ...omitUndefined({ provenanceId: result.provenanceId }),
    status: 'pending',
    text: text.trim(),
  };
}
