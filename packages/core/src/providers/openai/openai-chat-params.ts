import type OpenAI from 'openai';
import type { FinishReason, TextRequest } from '../../models/text-model.js';
import type { Usage } from '../../models/usage.js';

/** The Chat Completions body for a non-streaming request. */
export type ChatParams = OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;

const finishReasons: Record<string, FinishReason> = {
  stop: 'stop',
  length: 'length',
  content_filter: 'content-filter',
  tool_calls: 'tool-calls',
  function_call: 'tool-calls',
};

/** Our finish reason for the API's. */
export const toFinishReason = (reason: string | null | undefined): FinishReason => finishReasons[reason ?? ''] ?? 'other';

/** Our usage for the API's. */
export const toUsage = (usage: OpenAI.CompletionUsage | null | undefined): Usage =>
  usage ? { inputTokens: usage.prompt_tokens, outputTokens: usage.completion_tokens } : {};

/** The Chat Completions body for a request (live or batched). */
export function toChatParams(modelId: string, request: Omit<TextRequest, 'signal'>, maxTokensField: 'max_completion_tokens' | 'max_tokens'): ChatParams {
  return {
    model: modelId,
    messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
    ...(request.maxOutputTokens === undefined ? {} : { [maxTokensField]: request.maxOutputTokens }),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.topP === undefined ? {} : { top_p: request.topP }),
    ...(request.stop === undefined ? {} : { stop: [...request.stop] }),
    ...(request.seed === undefined ? {} : { seed: request.seed }),
  };
}
