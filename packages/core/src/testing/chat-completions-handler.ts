import { chatMessageText } from './chat-message-text.js';
import { estimateTokens } from './estimate-tokens.js';
import { jsonAnswer, type FakeAnswer } from './fake-answer.js';
import type { FakeChatReply } from './fake-step.js';
import type { RouteHandler } from './handler-context.js';
import { isRecord } from './is-record.js';
import { createJsonSchemaInstance } from './json-schema-instance.js';

const defaultContent = (body: Record<string, unknown>, messages: readonly unknown[]): string => {
  const lastUser = messages.findLast((message) => isRecord(message) && message['role'] === 'user');
  const fallback = `Fake reply to: ${chatMessageText(lastUser)}`;
  const format = body['response_format'];
  if (!isRecord(format)) return fallback;
  if (format['type'] === 'json_schema') {
    const wrapper = format['json_schema'];
    return JSON.stringify(createJsonSchemaInstance(isRecord(wrapper) ? wrapper['schema'] : undefined));
  }
  // JSON mode promises a JSON object; wrap the usual reply in one.
  return format['type'] === 'json_object' ? JSON.stringify({ text: fallback }) : fallback;
};

const replyContent = (reply: FakeChatReply | undefined): string | undefined => {
  if (reply !== undefined && 'json' in reply) return JSON.stringify(reply.json);
  return reply?.content;
};

/** Splits text into word-ish pieces (a word and the space after it) that join back to the text. */
const pieces = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? [];

/** `POST /v1/chat/completions`: a chat.completion, or a stream of chat.completion.chunk events. */
export const chatCompletionsHandler: RouteHandler<'chat'> = (context, reply) => {
  const body = isRecord(context.request.json) ? context.request.json : {};
  const messages = Array.isArray(body['messages']) ? body['messages'] : [];
  const content = replyContent(reply) ?? defaultContent(body, messages);
  const promptTokens = estimateTokens(messages.map(chatMessageText).join(''));
  const counts = reply?.usage ?? { prompt_tokens: promptTokens, completion_tokens: estimateTokens(content) };
  const usage = {
    prompt_tokens: counts.prompt_tokens,
    completion_tokens: counts.completion_tokens,
    total_tokens: counts.prompt_tokens + counts.completion_tokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
  const finishReason = reply?.finishReason ?? 'stop';
  const common = {
    id: `chatcmpl-fake-${context.server.next('chat')}`,
    created: Math.floor(context.server.now() / 1000),
    model: typeof body['model'] === 'string' ? body['model'] : 'gpt-fake',
    service_tier: 'default',
    system_fingerprint: 'fp_fake',
  };
  if (body['stream'] !== true) {
    const message = { role: 'assistant', content, refusal: null, annotations: [] };
    const choice = { index: 0, message, logprobs: null, finish_reason: finishReason };
    return jsonAnswer({ ...common, object: 'chat.completion', choices: [choice], usage });
  }
  const options = body['stream_options'];
  const includeUsage = isRecord(options) && options['include_usage'] === true;
  const chunk = (delta: Record<string, unknown>, finish: string | null): Record<string, unknown> => ({
    ...common,
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    // With include_usage OpenAI sends `usage: null` on every chunk but the last.
    ...(includeUsage ? { usage: null } : {}),
  });
  const events: Record<string, unknown>[] = [
    chunk({ role: 'assistant', content: '', refusal: null }, null),
    ...pieces(content).map((piece) => chunk({ content: piece }, null)),
  ];
  const contentEvents = events.length;
  events.push(chunk({}, finishReason));
  if (includeUsage) events.push({ ...common, object: 'chat.completion.chunk', choices: [], usage });
  return { kind: 'sse', events, contentEvents } satisfies FakeAnswer;
};
