import { toFile } from 'openai';
import { ReelkitError } from '../../errors/reelkit-error.js';
import type { JobStatus } from '../../models/job.js';
import type { TextBatchItemResult, TextBatchModel } from '../../models/text-batch-model.js';
import { addUsage, type CallMetadata, type Usage } from '../../models/usage.js';
import { createCallMetadata } from '../provider-context.js';
import { toChatParams } from './openai-chat-params.js';
import { openAIErrorNormalizer, type OpenAIModelContext } from './openai-model-context.js';
import { readBatchResults } from './read-batch-results.js';

/** OpenAI bills Batch API work at half the live price. */
const atBatchPrice = (metadata: CallMetadata): CallMetadata => ({ ...metadata, cost: { ...metadata.cost, usd: metadata.cost.usd / 2 } });

/** Chat completions through OpenAI's Batch API: upload JSONL, create the batch, poll, read the result files. */
export function createOpenAITextBatchModel(context: OpenAIModelContext, modelId: string): TextBatchModel {
  const normalizeError = openAIErrorNormalizer(context);
  const call = <T>(operation: string, signal: AbortSignal | undefined, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> =>
    context.policy.execute({ operation: `${context.provider} ${operation} (${modelId})`, signal, attempt, normalizeError });

  const download = async (fileId: string | null | undefined, signal: AbortSignal | undefined): Promise<string> =>
    fileId ? call('batch result download', signal, async (attemptSignal) => (await context.client.files.content(fileId, { signal: attemptSignal })).text()) : '';

  return {
    provider: context.provider,
    modelId,
    async submit(items, options = {}) {
      const ids = new Set(items.map((item) => item.id));
      if (items.length === 0 || ids.size !== items.length) {
        throw new ReelkitError({ code: 'invalid_argument', message: 'A batch needs at least one item and unique item ids.', hint: 'Give each item its own id, e.g. the scene id.' });
      }
      const lines = items.map((item) =>
        JSON.stringify({ custom_id: item.id, method: 'POST', url: '/v1/chat/completions', body: toChatParams(modelId, item.request, context.maxTokensField) }),
      );
      const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
      const file = await call('batch upload', options.signal, async (signal) =>
        context.client.files.create({ file: await toFile(bytes, 'reelkit-batch.jsonl', { type: 'application/jsonl' }), purpose: 'batch' }, { signal }),
      );
      const batch = await call('batch creation', options.signal, (signal) =>
        context.client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h', metadata: { source: 'reelkit' } }, { signal }),
      );
      return { provider: context.provider, modelId, id: batch.id, kind: 'text.batch', submittedAt: context.runtime.now() };
    },

    async poll(handle, options = {}): Promise<JobStatus<readonly TextBatchItemResult[]>> {
      const batch = await call('batch status', options.signal, (signal) => context.client.batches.retrieve(handle.id, { signal }));
      const counts = batch.request_counts;
      switch (batch.status) {
        case 'validating':
          return { state: 'queued' };
        case 'in_progress':
        case 'finalizing':
          return counts && counts.total > 0 ? { state: 'running', progress: (counts.completed + counts.failed) / counts.total } : { state: 'running' };
        case 'failed':
        case 'expired':
          return { state: 'failed', error: batch.errors?.data?.map((error) => error.message).join('; ') || `the batch ${batch.status}` };
        case 'cancelling':
        case 'cancelled':
          return { state: 'canceled' };
        default: {
          const text = `${await download(batch.output_file_id, options.signal)}${await download(batch.error_file_id, options.signal)}`;
          const results = readBatchResults(text, (result) => ({ ...result, ...atBatchPrice(createCallMetadata(context, modelId, result.usage, { requestId: result.requestId })) }));
          const usage = results.reduce<Usage>((total, item) => (item.ok ? addUsage(total, item.result.usage) : total), {});
          return { state: 'succeeded', output: results, metadata: atBatchPrice(createCallMetadata(context, modelId, usage, { requestId: batch.id })) };
        }
      }
    },

    async cancel(handle, options = {}) {
      await call('batch cancellation', options.signal, (signal) => context.client.batches.cancel(handle.id, { signal }));
    },
  };
}
