import { AbortError, SchemaMismatchError } from '@reelkit/core/errors';
import { messageText, type CallMetadata, type ObjectRequest, type ObjectResult, type TextModel, type TextRequest, type TextResult, type TextStreamPart } from '@reelkit/core/models';
import { parseJsonAnswer } from './parse-json-answer.js';

/** A chat model the host offers (VS Code's `vscode.lm`), reduced to what a TextModel needs. */
export interface ChatPort {
  /** Recorded as the provider, e.g. `vscode-lm`. */
  readonly provider: string;
  /** Recorded as the model, e.g. `copilot/gpt-4o`. */
  readonly modelId: string;
  /** Sends user and assistant turns (hosts without a system role get system text as the user's); streams the answer. */
  send(turns: readonly { readonly role: 'user' | 'assistant'; readonly text: string }[], signal: AbortSignal | undefined): AsyncIterable<string>;
}

/**
 * A TextModel over a host chat model. Usage is not reported by such hosts, so cost is 0 and marked incomplete;
 * `generateObject` asks for JSON and validates it with the schema's own validator.
 */
export function createChatTextModel(chat: ChatPort): TextModel {
  const metadata = (): CallMetadata => ({ provider: chat.provider, modelId: chat.modelId, usage: {}, cost: { usd: 0, incomplete: true }, fromCache: false });
  const aborted = (signal: AbortSignal | undefined, cause?: unknown): AbortError => new AbortError(`The ${chat.modelId} request`, signal?.reason ?? cause);

  async function* stream(request: TextRequest): AsyncIterable<TextStreamPart> {
    const { signal } = request;
    if (signal?.aborted) throw aborted(signal);
    const turns = request.messages.map((message) => ({ role: message.role === 'assistant' ? ('assistant' as const) : ('user' as const), text: messageText(message) }));
    let text = '';
    try {
      for await (const delta of chat.send(turns, signal)) {
        if (signal?.aborted) break;
        text += delta;
        yield { type: 'text-delta', text: delta };
      }
    } catch (error) {
      if (signal?.aborted) throw aborted(signal, error);
      throw error;
    }
    if (signal?.aborted) throw aborted(signal);
    yield { type: 'finish', result: { ...metadata(), text, finishReason: 'stop' } };
  }

  const generate = async (request: TextRequest): Promise<TextResult> => {
    let result: TextResult | undefined;
    for await (const part of stream(request)) if (part.type === 'finish') result = part.result;
    if (result === undefined) throw aborted(request.signal);
    return result;
  };

  return {
    provider: chat.provider,
    modelId: chat.modelId,
    generate,
    stream,
    async generateObject<T>(request: ObjectRequest<T>): Promise<ObjectResult<T>> {
      const instruction = `Answer with only a JSON value matching this JSON Schema, no prose:\n${JSON.stringify(request.schema.jsonSchema)}`;
      const { text, finishReason: _finishReason, ...rest } = await generate({ ...request, messages: [...request.messages, { role: 'user', content: instruction }] });
      const parsed = parseJsonAnswer(text);
      if (parsed === undefined) throw new SchemaMismatchError(request.schema.name, [{ path: '', message: 'the answer holds no JSON' }], text);
      const issues = request.schema.validate(parsed.value);
      if (issues.length > 0) throw new SchemaMismatchError(request.schema.name, issues, text);
      return { ...rest, object: parsed.value as T, text };
    },
  };
}
