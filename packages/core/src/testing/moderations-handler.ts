import { bodyReplyAnswer } from './body-reply-answer.js';
import { jsonAnswer } from './fake-answer.js';
import type { RouteHandler } from './handler-context.js';
import { isRecord } from './is-record.js';

const categories = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

/** The word that makes the fake moderation flag a text for violence. */
export const flagWord = 'FLAG-ME';

const inputTexts = (input: unknown): string[] => {
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input)) return [];
  return input.map((item) => (typeof item === 'string' ? item : isRecord(item) ? String(item['text'] ?? '') : ''));
};

const result = (text: string): Record<string, unknown> => {
  const flagged = new RegExp(`(^|[^\\w-])${flagWord}($|[^\\w-])`).test(text);
  const map = <T>(value: (category: (typeof categories)[number]) => T): Record<string, T> =>
    Object.fromEntries(categories.map((category) => [category, value(category)]));
  return {
    flagged,
    categories: map((category) => flagged && category === 'violence'),
    category_scores: map((category) => (flagged && category === 'violence' ? 0.9 : 0.001)),
    category_applied_input_types: map(() => ['text']),
  };
};

/** `POST /v1/moderations`: one result per input, flagged for violence (0.9) when it contains `FLAG-ME`. */
export const moderationsHandler: RouteHandler<'moderations'> = (context, reply) => {
  if (reply !== undefined) return bodyReplyAnswer(reply);
  const body = isRecord(context.request.json) ? context.request.json : {};
  return jsonAnswer({
    id: `modr-fake-${context.server.next('moderation')}`,
    model: typeof body['model'] === 'string' ? body['model'] : 'omni-moderation-latest',
    results: inputTexts(body['input']).map(result),
  });
};
