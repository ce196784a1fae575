import type { FileInput } from './generated-file.js';
import type { CallMetadata } from './usage.js';
import type { CallOptions } from './call-options.js';
import type { ObjectSchema } from './object-schema.js';

/** A piece of a multi-part message: text, or an image for vision models (frames for audio description). */
export type MessagePart =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'image'; readonly image: FileInput; readonly detail?: 'low' | 'high' | 'auto' };

/** One turn of a conversation; only user messages may carry images. */
export interface TextMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string | readonly MessagePart[];
}

/** The text of a message, its image parts left out. */
export function messageText(message: TextMessage): string {
  return typeof message.content === 'string'
    ? message.content
    : message.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** Why a generation stopped. */
export type FinishReason = 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'other';

/** A request for text. */
export interface TextRequest extends CallOptions {
  readonly messages: readonly TextMessage[];
  readonly maxOutputTokens?: number;
  readonly temperature?: number;
  readonly topP?: number;
  readonly stop?: readonly string[];
  readonly seed?: number;
}

/** Generated text with its metadata. */
export interface TextResult extends CallMetadata {
  readonly text: string;
  readonly finishReason: FinishReason;
}

/** One piece of a streamed generation: text as it arrives, then a single final `finish` part. */
export type TextStreamPart =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'finish'; readonly result: TextResult };

/** A request for a JSON value matching a schema. */
export interface ObjectRequest<T> extends TextRequest {
  readonly schema: ObjectSchema<T>;
}

/** A schema-validated value with its metadata. */
export interface ObjectResult<T> extends CallMetadata {
  readonly object: T;
  /** The raw JSON text the model produced. */
  readonly text: string;
}

/** A language model: whole answers, streamed answers, and structured (schema-validated) answers. */
export interface TextModel {
  readonly provider: string;
  readonly modelId: string;
  generate(request: TextRequest): Promise<TextResult>;
  /** Streams text; the last part is `finish`. Stops with a TimeoutError when the stream stalls. */
  stream(request: TextRequest): AsyncIterable<TextStreamPart>;
  /** Asks for JSON matching `request.schema`; rejects with SchemaMismatchError when the output does not match. */
  generateObject<T>(request: ObjectRequest<T>): Promise<ObjectResult<T>>;
}
