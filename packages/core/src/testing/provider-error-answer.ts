import { STATUS_CODES } from 'node:http';
import { jsonAnswer, type FakeBodyAnswer } from './fake-answer.js';

/** Which provider's error format an answer uses. */
export type ErrorFlavour = 'openai' | 'replicate';

const openaiKinds = (status: number): { readonly type: string; readonly code: string | null } => {
  if (status === 401) return { type: 'invalid_request_error', code: 'invalid_api_key' };
  if (status === 403) return { type: 'permission_error', code: null };
  if (status === 404) return { type: 'invalid_request_error', code: 'not_found' };
  if (status === 429) return { type: 'requests', code: 'rate_limit_exceeded' };
  if (status >= 500) return { type: 'server_error', code: null };
  return { type: 'invalid_request_error', code: null };
};

/** The error JSON a provider sends for a status: OpenAI's `{ error }` or Replicate's problem details. */
export function providerErrorBody(flavour: ErrorFlavour, status: number, message?: string): unknown {
  const detail = message ?? `Fake ${status} ${STATUS_CODES[status] ?? 'error'}`;
  if (flavour === 'replicate') return { title: STATUS_CODES[status] ?? 'Error', detail, status };
  return { error: { message: detail, ...openaiKinds(status), param: null } };
}

/** How an error answer differs from the provider's default. */
export interface ErrorAnswerOptions {
  readonly headers?: Readonly<Record<string, string>>;
  /** Replaces the default error JSON. */
  readonly body?: unknown;
  /** The message of the default error JSON. */
  readonly message?: string;
}

/** An error answer; `body` replaces the provider's default error JSON. */
export function providerErrorAnswer(
  flavour: ErrorFlavour,
  status: number,
  options: ErrorAnswerOptions = {},
): FakeBodyAnswer {
  const body = 'body' in options ? options.body : providerErrorBody(flavour, status, options.message);
  const answer = jsonAnswer(body, status, options.headers);
  // Replicate sends RFC 7807 problem details.
  const problem = flavour === 'replicate' && !('body' in options);
  return problem ? { ...answer, contentType: 'application/problem+json' } : answer;
}
