import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { answerRequest } from './answer-request.js';
import { createBatchStore } from './batch-store.js';
import type { FakeRoute, FakeStep } from './fake-step.js';
import type { FakeServerState } from './handler-context.js';
import { matchRoute } from './match-route.js';
import { createPredictionStore } from './prediction-store.js';
import { providerErrorAnswer } from './provider-error-answer.js';
import { recordRequest } from './record-request.js';
import { createChatBatchLineRunner } from './run-chat-batch-line.js';
import type { RecordedRequest } from './recorded-request.js';
import { routeHandlers } from './route-handlers.js';
import { writeAnswer } from './write-answer.js';

/** Settings of a fake provider server. */
export interface FakeProviderServerOptions {
  /** Polls until a prediction finishes, each advancing `starting → processing → succeeded`; 2 by default. */
  readonly replicatePollsToFinish?: number;
  /** Polls until an OpenAI batch completes (`validating → in_progress → completed`); 2 by default. */
  readonly batchPollsToFinish?: number;
  /**
   * Answer cross-origin requests (CORS preflight and headers), for clients running in a browser page such as the
   * VS Code web build; off by default, like the real APIs' behaviour towards pages.
   */
  readonly cors?: boolean;
  /** The clock behind `created` and `created_at`; `Date.now` by default. */
  readonly now?: () => number;
  /** How a step's `delayMs` and `chunkDelayMs` are waited (rejecting when `signal` aborts at close); a real timer by default. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<unknown>;
}

/** A loopback server speaking the OpenAI and Replicate wire formats, with scripted answers and faults. */
export interface FakeProviderServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** `${url}/v1`, for `new OpenAI({ baseURL })`. */
  readonly openaiBaseURL: string;
  /** `${url}/replicate/v1`, for `new Replicate({ baseUrl })`. */
  readonly replicateBaseURL: string;
  /** Every request received, in order, recorded before it was answered. */
  readonly requests: readonly RecordedRequest[];
  /** Scripts the next answers of a route, first in first out; an empty queue answers by default. */
  enqueue<R extends FakeRoute>(route: R, ...steps: FakeStep<R>[]): void;
  /** Forgets scripted steps, recorded requests, predictions and id counters. */
  reset(): void;
  /** Stops the server, destroying open (even stalled) connections so nothing hangs. */
  close(): Promise<void>;
}

/** Starts a fake provider server on 127.0.0.1 at a free port. Node only. */
export async function createFakeProviderServer(options: FakeProviderServerOptions = {}): Promise<FakeProviderServer> {
  const requests: RecordedRequest[] = [];
  const queues = new Map<FakeRoute, FakeStep[]>();
  const counters = new Map<string, number>();
  const closing = new AbortController();
  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const replicateBaseURL = `${url}/replicate/v1`;
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? ((ms: number, signal: AbortSignal) => sleep(ms, undefined, { signal }));
  const state: FakeServerState = {
    url,
    now,
    predictions: createPredictionStore({
      baseURL: replicateBaseURL,
      fileURL: (name) => `${url}/files/${name}`,
      pollsToFinish: options.replicatePollsToFinish ?? 2,
      now,
    }),
    batches: createBatchStore(options.batchPollsToFinish ?? 2, now, createChatBatchLineRunner(() => state)),
    next(series) {
      const value = (counters.get(series) ?? 0) + 1;
      counters.set(series, value);
      return value;
    },
  };

  // Queues are keyed by route, so a step taken from a route's queue was enqueued for that route.
  const dequeue = <R extends FakeRoute>(route: R): FakeStep<R> | undefined =>
    queues.get(route)?.shift() as FakeStep<R> | undefined;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.on('error', () => undefined);
    if (options.cors === true) {
      response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
      response.setHeader('access-control-allow-headers', request.headers['access-control-request-headers'] ?? '*');
      response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      response.setHeader('access-control-expose-headers', 'x-request-id, retry-after, retry-after-ms');
      if (request.method === 'OPTIONS') {
        response.writeHead(204).end();
        return;
      }
    }
    try {
      const { route, params } = matchRoute(request.method ?? 'GET', request.url ?? '/');
      const recorded = await recordRequest(request, route);
      requests.push(recorded);
      response.setHeader('x-request-id', `req_${requests.length}`);
      if (route === 'unknown') {
        const flavour = recorded.path.startsWith('/replicate/') ? 'replicate' : 'openai';
        const message = `No fake route for ${recorded.method} ${recorded.path}`;
        return writeAnswer(response, providerErrorAnswer(flavour, 404, { message }));
      }
      const step = dequeue(route);
      const delayMs = step?.delayMs ?? 0;
      if (delayMs > 0) await wait(delayMs, closing.signal);
      if (response.destroyed || request.socket.destroyed || closing.signal.aborted) return;
      const chunkDelayMs = step?.chunkDelayMs ?? 0;
      const pace = chunkDelayMs > 0 ? () => wait(chunkDelayMs, closing.signal) : undefined;
      await answerRequest(response, route, step, { request: recorded, params, server: state }, pace);
    } catch (error) {
      if (closing.signal.aborted) return;
      const message = `Fake server failed: ${String(error)}`;
      if (response.headersSent) response.destroy();
      else writeAnswer(response, providerErrorAnswer('openai', 500, { message }));
    }
  }

  let closed: Promise<void> | undefined;
  return {
    url,
    openaiBaseURL: `${url}/v1`,
    replicateBaseURL,
    get requests() {
      return requests;
    },
    enqueue(route, ...steps) {
      if (!(route in routeHandlers)) throw new TypeError(`Unknown fake route: ${String(route)}`);
      queues.set(route, [...(queues.get(route) ?? []), ...steps]);
    },
    reset() {
      queues.clear();
      requests.length = 0;
      counters.clear();
      state.predictions.clear();
      state.batches.clear();
    },
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
