import { jsonAnswer, rawAnswer, type FakeBodyAnswer } from './fake-answer.js';
import type { FakeBodyReply } from './fake-step.js';

/** Sends a scripted raw body: bytes as they are, anything else as JSON. */
export function bodyReplyAnswer(reply: FakeBodyReply): FakeBodyAnswer {
  const contentType = reply.headers?.['content-type'];
  if (reply.body instanceof Uint8Array) {
    const answer = rawAnswer(reply.body, contentType ?? 'application/octet-stream');
    return reply.headers === undefined ? answer : { ...answer, headers: reply.headers };
  }
  const answer = jsonAnswer(reply.body, 200, reply.headers);
  return contentType === undefined ? answer : { ...answer, contentType };
}
