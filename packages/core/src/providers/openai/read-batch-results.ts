import type { TextBatchItemResult } from '../../models/text-batch-model.js';
import type { FinishReason, TextResult } from '../../models/text-model.js';
import type { Usage } from '../../models/usage.js';
import { toFinishReason, toUsage } from './openai-chat-params.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** A batch line's completion before pricing. */
export interface BatchCompletion {
  readonly text: string;
  readonly finishReason: FinishReason;
  readonly usage: Usage;
  readonly requestId?: string;
}

interface BatchLine {
  readonly custom_id?: string;
  readonly response?: { readonly status_code?: number; readonly request_id?: string; readonly body?: Record<string, unknown> } | null;
  readonly error?: { readonly message?: string } | null;
}

const parseLine = (line: string): BatchLine | undefined => {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as BatchLine) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads the JSONL of a batch's output and error files into one result per item. A line that cannot be read is
 * skipped rather than failing the whole batch; items without a line simply do not appear.
 */
export function readBatchResults(text: string, price: (completion: BatchCompletion) => TextResult): TextBatchItemResult[] {
  const results: TextBatchItemResult[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim() === '' ? undefined : parseLine(raw);
    if (line?.custom_id === undefined) continue;
    const status = line.response?.status_code;
    const body = line.response?.body;
    if (line.error || status === undefined || status >= 400 || body === undefined) {
      const bodyError = (body?.['error'] as { message?: string } | undefined)?.message;
      results.push({ id: line.custom_id, ok: false, error: line.error?.message ?? bodyError ?? 'no response', ...omitUndefined({ status }) });
      continue;
    }
    const choice = (body['choices'] as { message?: { content?: string | null }; finish_reason?: string }[] | undefined)?.[0];
    const completion: BatchCompletion = {
      text: choice?.message?.content ?? '',
      finishReason: toFinishReason(choice?.finish_reason),
      usage: toUsage(body['usage'] as Parameters<typeof toUsage>[0]),
      ...(line.response?.request_id ? { requestId: line.response.request_id } : {}),
    };
    results.push({ id: line.custom_id, ok: true, result: price(completion) });
  }
  return results;
}
