import type { ServerResponse } from 'node:http';
import type { FakeAnswer, FakeBodyAnswer, FakeSseAnswer } from './fake-answer.js';
import { createSseWriter } from './sse-writer.js';

/** A fault that still sends part of an answer. */
export type PartialFault =
  | { readonly fault: 'stall' | 'truncated-sse' | 'reset-mid-body'; readonly afterChunks?: number }
  | { readonly fault: 'error-event'; readonly afterChunks?: number; readonly error?: unknown };

/** Waits before each event of a stream (a slow generation); resolves at once unless a step asks for pacing. */
export type Pace = () => Promise<unknown>;

const defaultStreamError = { message: 'Fake error event inside a 200 stream', type: 'server_error', code: 'server_error' };

const writeBody = (response: ServerResponse, answer: FakeBodyAnswer, fault: PartialFault | undefined): void => {
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
  const headers = { ...answer.headers, 'content-type': answer.contentType };
  if (fault?.fault === 'error-event') {
    // A plain body has no events: the error comes as the whole 200 answer.
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: fault.error ?? defaultStreamError }));
    return;
  }
  if (fault?.fault === 'stall') {
    response.writeHead(answer.status, headers);
    response.flushHeaders();
    return;
  }
  if (fault?.fault === 'truncated-sse' || fault?.fault === 'reset-mid-body') {
    // Chunked, so the client sees a clean end of a body cut in half, or (reset) the socket going away.
    response.writeHead(answer.status, fault.fault === 'reset-mid-body' ? { ...headers, 'content-length': String(body.length) } : headers);
    const half = body.subarray(0, Math.floor(body.length / 2));
    if (fault.fault === 'truncated-sse') response.end(half);
    else response.write(half, () => response.socket?.destroy());
    return;
  }
  response.writeHead(answer.status, { ...headers, 'content-length': String(body.length) });
  response.end(body);
};

const writeSse = async (response: ServerResponse, answer: FakeSseAnswer, fault: PartialFault | undefined, pace: Pace): Promise<void> => {
  const writer = createSseWriter(response);
  writer.open();
  const count =
    fault === undefined
      ? answer.events.length
      : (fault.afterChunks ?? (fault.fault === 'stall' || fault.fault === 'reset-mid-body' ? 0 : answer.contentEvents));
  for (const event of answer.events.slice(0, count)) {
    await pace();
    if (response.destroyed) return;
    writer.send(event);
  }
  if (fault === undefined) writer.done();
  else if (fault.fault === 'truncated-sse') response.end();
  else if (fault.fault === 'reset-mid-body') response.write('', () => response.socket?.destroy());
  else if (fault.fault === 'error-event') {
    writer.send({ error: fault.error ?? defaultStreamError });
    response.end();
  }
};

/**
 * Writes an answer. A `stall` sends the headers (and `afterChunks` events of a stream) and then nothing;
 * `truncated-sse` ends a stream after `afterChunks` events without its closing ones, or a body halfway;
 * `reset-mid-body` destroys the socket at the same points; `error-event` ends a stream with an error event.
 * `pace` is awaited before each stream event.
 */
export async function writeAnswer(response: ServerResponse, answer: FakeAnswer, fault?: PartialFault, pace: Pace = async () => undefined): Promise<void> {
  if (answer.kind === 'sse') await writeSse(response, answer, fault, pace);
  else writeBody(response, answer, fault);
}
