import type { BatchLineRunner } from './batch-store.js';
import { chatCompletionsHandler } from './chat-completions-handler.js';
import { chatMessageText } from './chat-message-text.js';
import type { FakeServerState } from './handler-context.js';
import { isRecord } from './is-record.js';

/**
 * Answers a batch line as `POST /v1/chat/completions` would. A line whose messages contain `FAIL-ME` fails with
 * a 400, so tests can check how failed lines come back.
 */
export function createChatBatchLineRunner(state: () => FakeServerState): BatchLineRunner {
  return (body) => {
    const messages = isRecord(body) && Array.isArray(body['messages']) ? body['messages'] : [];
    if (messages.some((message) => chatMessageText(message).includes('FAIL-ME'))) {
      return { status: 400, body: { error: { message: 'This line was scripted to fail (FAIL-ME).', type: 'invalid_request_error', code: null, param: null } } };
    }
    const request = { route: 'chat' as const, method: 'POST', path: '/v1/chat/completions', headers: {}, bodyText: JSON.stringify(body), json: body };
    const answer = chatCompletionsHandler({ request, params: {}, server: state() }, undefined);
    return answer.kind === 'body' ? { status: answer.status, body: JSON.parse(String(answer.body)) as unknown } : { status: 500, body: { error: { message: 'streaming is not allowed in a batch' } } };
  };
}
