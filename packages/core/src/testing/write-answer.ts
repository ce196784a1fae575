import type { ServerResponse } from 'node:http';
import type { FakeAnswer, FakeBodyAnswer, FakeSseAnswer } from './fake-answer.js';
import { createSseWriter } from './sse-writer.js';

/** A fault that still sends part of an answer. */
export interface PartialFault {
  readonly fault: 'stall' | 'truncated-sse';
  readonly afterChunks?: number;
}

const writeBody = (response: ServerResponse, answer: FakeBodyAnswer, fault: PartialFault | undefined): void => {
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
  const headers = { ...answer.headers, 'content-type': answer.contentType };
  if (fault?.fault === 'stall') {
    response.writeHead(answer.status, headers);
    response.flushHeaders();
    return;
  }
  if (fault?.fault === 'truncated-sse') {
    // Chunked, so the client sees a clean end of a body cut in half.
    response.writeHead(answer.status, headers);
    response.end(body.subarray(0, Math.floor(body.length / 2)));
    return;
  }
  response.writeHead(answer.status, { ...headers, 'content-length': String(body.length) });
  response.end(body);
};

const writeSse = (response: ServerResponse, answer: FakeSseAnswer, fault: PartialFault | undefined): void => {
  const writer = createSseWriter(response);
  writer.open();
  const count =
    fault === undefined
      ? answer.events.length
      : (fault.afterChunks ?? (fault.fault === 'stall' ? 0 : answer.contentEvents));
  for (const event of answer.events.slice(0, count)) writer.send(event);
  if (fault === undefined) writer.done();
  else if (fault.fault === 'truncated-sse') response.end();
};

/**
 * Writes an answer. A `stall` sends the headers (and `afterChunks` events of a stream) and then nothing;
 * `truncated-sse` ends a stream after `afterChunks` events without its closing ones, or a body halfway.
 */
export function writeAnswer(response: ServerResponse, answer: FakeAnswer, fault?: PartialFault): void {
  if (answer.kind === 'sse') writeSse(response, answer, fault);
  else writeBody(response, answer, fault);
}
