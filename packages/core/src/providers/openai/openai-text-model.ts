import { InvalidResponseError } from '../../errors/invalid-response-error.js';
import { SchemaMismatchError } from '../../errors/schema-mismatch-error.js';
import type { FinishReason, ObjectRequest, ObjectResult, TextModel, TextRequest, TextResult, TextStreamPart } from '../../models/text-model.js';
import type { Usage } from '../../models/usage.js';
import { toChatParams, toFinishReason, toUsage, type ChatParams } from './openai-chat-params.js';
import { createCallMetadata } from '../provider-context.js';
import { openAIErrorNormalizer, type OpenAIModelContext } from './openai-model-context.js';

/** A chat model over the Chat Completions API (OpenAI and compatible servers). */
export function createOpenAITextModel(context: OpenAIModelContext, modelId: string): TextModel {
  const normalizeError = openAIErrorNormalizer(context);

  const toParams = (request: TextRequest): ChatParams => {
    const maxOutputTokens = request.maxOutputTokens ?? context.defaultMaxOutputTokens;
    return toChatParams(modelId, maxOutputTokens === undefined ? request : { ...request, maxOutputTokens }, context.maxTokensField);
  };

  const complete = async (request: TextRequest, params: ChatParams): Promise<TextResult & { refusal?: string }> => {
    const { value, fromCache } = await context.policy.cached({ provider: context.provider, params }, () =>
      context.policy.execute({
        operation: `${context.provider} chat completion (${modelId})`,
        signal: request.signal,
        attempt: async (signal) => {
          const completion = await context.client.chat.completions.create(params, { signal });
          // The SDK hands on whatever JSON or text came back; a page or another API's answer has no choices list.
          if (!Array.isArray((completion as { choices?: unknown }).choices)) throw new InvalidResponseError(context.provider, 'the answer is not a chat completion (it has no choices)');
          const choice = completion.choices[0];
          if (choice === undefined) throw new InvalidResponseError(context.provider, 'the completion has no choices');
          return {
            text: choice.message.content ?? '',
            refusal: choice.message.refusal ?? undefined,
            finishReason: toFinishReason(choice.finish_reason),
            usage: toUsage(completion.usage),
            requestId: completion._request_id ?? undefined,
          };
        },
        normalizeError,
      }),
    );
    return {
      text: value.text,
      finishReason: value.finishReason,
      ...(value.refusal === undefined ? {} : { refusal: value.refusal }),
      ...createCallMetadata(context, modelId, value.usage, { requestId: value.requestId, fromCache }),
    };
  };

  async function* stream(request: TextRequest): AsyncIterable<TextStreamPart> {
    let text = '';
    let finishReason: FinishReason | undefined;
    let usage: Usage = {};
    let requestId: string | undefined;
    const parts = context.policy.executeStream({
      operation: `${context.provider} chat stream (${modelId})`,
      signal: request.signal,
      attempt: async (signal) => {
        const params = { ...toParams(request), stream: true as const, ...(context.streamUsage ? { stream_options: { include_usage: true } } : {}) };
        const { data, request_id } = await context.client.chat.completions.create(params, { signal }).withResponse();
        requestId = request_id ?? undefined;
        return data;
      },
      normalizeError,
    });
    for await (const chunk of parts) {
      if (chunk.usage) usage = toUsage(chunk.usage);
      const choice = chunk.choices[0];
      if (choice?.finish_reason) finishReason = toFinishReason(choice.finish_reason);
      const delta = choice?.delta.content;
      if (delta) {
        text += delta;
        yield { type: 'text-delta', text: delta };
      }
    }
    // A stream cut off before the model said it finished must not pass for a whole answer.
    if (finishReason === undefined) throw new InvalidResponseError(context.provider, 'the stream ended before the model finished');
    yield { type: 'finish', result: { text, finishReason, ...createCallMetadata(context, modelId, usage, { requestId }) } };
  }

  return {
    provider: context.provider,
    modelId,
    async generate(request) {
      // A refusal only matters for structured output; plain text carries the model's words as they are.
      const { refusal: _refusal, ...result } = await complete(request, toParams(request));
      return result;
    },
    stream,
    async generateObject<T>(request: ObjectRequest<T>): Promise<ObjectResult<T>> {
      const { schema } = request;
      const params: ChatParams = {
        ...toParams(request),
        response_format: {
          type: 'json_schema',
          json_schema: { name: schema.name, schema: { ...schema.jsonSchema }, strict: true, ...(schema.description ? { description: schema.description } : {}) },
        },
      };
      const { text, finishReason, refusal, ...metadata } = await complete(request, params);
      if (refusal !== undefined) throw new SchemaMismatchError(schema.name, [{ path: '', message: `the model refused: ${refusal}` }], text);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        const why = finishReason === 'length' ? 'the output was cut off at the token limit' : 'the output is not JSON';
        throw new SchemaMismatchError(schema.name, [{ path: '', message: why }], text);
      }
      const issues = schema.validate(value);
      if (issues.length > 0) throw new SchemaMismatchError(schema.name, issues, text);
      return { object: value as T, text, ...metadata };
    },
  };
}
