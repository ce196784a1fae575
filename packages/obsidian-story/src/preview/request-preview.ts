import type { GuardedTextRequest } from '@reelkit/core/guard';
import { defaultPriceTable, estimateCost, findModelPrice, messageText } from '@reelkit/core/models';
import { estimatePromptTokens } from '@reelkit/core/story';
import type { SendPreview } from './send-preview.js';
import { estimatedCostText } from './usd-text.js';

/** The preview of a request a core task built: its messages as sent, the prompt id and version, tokens and the most it can cost. */
export function requestPreview(title: string, request: GuardedTextRequest, model: { readonly provider: string; readonly modelId: string }, rows: readonly string[] = []): SendPreview {
  const prompt = request.record.parameters?.['prompt'] as { readonly id?: unknown; readonly version?: unknown } | undefined;
  const id = typeof prompt?.id === 'string' ? prompt.id : request.record.task;
  const version = typeof prompt?.version === 'string' ? prompt.version : 'unknown';
  const inputTokens = request.messages.reduce((sum, message) => sum + estimatePromptTokens(messageText(message)), 0);
  const outputTokens = request.maxOutputTokens ?? 0;
  const cost = estimateCost({ inputTokens, outputTokens }, findModelPrice(defaultPriceTable, model.provider, model.modelId));
  return {
    title: `${title}: what will be sent`,
    summary: `About ${inputTokens} tokens in, at most ${outputTokens} out. ${estimatedCostText(cost).replace('Estimated cost', 'At most')}`,
    rows: rows.map((text) => ({ text })),
    messages: request.messages.map((message) => ({ heading: message.role === 'system' ? `Instructions (prompt ${id}, version ${version})` : 'Message', text: messageText(message) })),
  };
}
