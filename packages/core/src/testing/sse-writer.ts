import type { ServerResponse } from 'node:http';

/** Writes server-sent events of JSON data to one response. */
export interface SseWriter {
  /** Sends the status line and headers at once, so the client sees the stream open. */
  open(): void;
  send(data: unknown): void;
  /** Sends OpenAI's `data: [DONE]` terminator and ends the response. */
  done(): void;
}

/** An SSE writer over a Node response. */
export function createSseWriter(response: ServerResponse): SseWriter {
  return {
    open() {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      response.flushHeaders();
    },
    send(data) {
      response.write(`data: ${JSON.stringify(data)}\n\n`);
    },
    done() {
      response.end('data: [DONE]\n\n');
    },
  };
}
