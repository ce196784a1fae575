import type OpenAI from 'openai';
import { messageText, type FinishReason, type MessagePart, type TextMessage, type TextRequest } from '../../models/text-model.js';
import { bytesToBase64 } from '../../runtime/base64.js';
import type { Usage } from '../../models/usage.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

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

const toContentPart = (part: MessagePart): OpenAI.Chat.ChatCompletionContentPart =>
  part.type === 'text'
    ? { type: 'text', text: part.text }
    : {
        type: 'image_url',
        image_url: {
          url: 'url' in part.image ? part.image.url : `data:${part.image.mediaType};base64,${bytesToBase64(part.image.bytes)}`,
          ...omitUndefined({ detail: part.detail }),
        },
      };

/** A message in the API's shape; images go as URLs or data URLs (only user messages may carry them). */
const toChatMessage = (message: TextMessage): OpenAI.Chat.ChatCompletionMessageParam => {
  if (typeof message.content === 'string') return { role: message.role, content: message.content };
  if (message.role === 'user') return { role: 'user', content: message.content.map(toContentPart) };
  return { role: message.role, content: messageText(message) };
};

/** The Chat Completions body for a request (live or batched). */
export function toChatParams(modelId: string, request: Omit<TextRequest, 'signal'>, maxTokensField: 'max_completion_tokens' | 'max_tokens'): ChatParams {
  return {
    model: modelId,
    messages: request.messages.map(toChatMessage),
    ...(request.maxOutputTokens === undefined ? {} : { [maxTokensField]: request.maxOutputTokens }),
    ...omitUndefined({ temperature: request.temperature, top_p: request.topP }),
    ...(request.stop === undefined ? {} : { stop: [...request.stop] }),
    ...omitUndefined({ seed: request.seed }),
  };
}
