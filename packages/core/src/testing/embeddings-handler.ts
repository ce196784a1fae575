import { bodyReplyAnswer } from './body-reply-answer.js';
import { estimateTokens } from './estimate-tokens.js';
import { jsonAnswer } from './fake-answer.js';
import { createFakeEmbedding, encodeEmbeddingBase64 } from './fake-embedding.js';
import type { RouteHandler } from './handler-context.js';
import { isRecord } from './is-record.js';

/** The texts of an embeddings input: a string, strings, or token arrays (embedded by their digits). */
const inputTexts = (input: unknown): string[] => {
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input)) return [];
  if (input.every((item) => typeof item === 'number')) return [input.join(' ')];
  return input.map((item) => (typeof item === 'string' ? item : Array.isArray(item) ? item.join(' ') : ''));
};

/** `POST /v1/embeddings`: one deterministic unit vector per input, as floats or base64 as asked. */
export const embeddingsHandler: RouteHandler<'embeddings'> = (context, reply) => {
  if (reply !== undefined && 'body' in reply) return bodyReplyAnswer(reply);
  const body = isRecord(context.request.json) ? context.request.json : {};
  const texts = inputTexts(body['input']);
  const dimensions = typeof body['dimensions'] === 'number' ? body['dimensions'] : 8;
  const vectors = reply?.vectors ?? texts.map((text) => createFakeEmbedding(text, dimensions));
  const base64 = body['encoding_format'] === 'base64';
  const tokens = texts.reduce((sum, text) => sum + estimateTokens(text), 0);
  return jsonAnswer({
    object: 'list',
    data: vectors.map((vector, index) => ({
      object: 'embedding',
      index,
      embedding: base64 ? encodeEmbeddingBase64(vector) : vector,
    })),
    model: typeof body['model'] === 'string' ? body['model'] : 'text-embedding-fake',
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
};
