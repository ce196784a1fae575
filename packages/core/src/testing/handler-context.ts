import type { BatchStore } from './batch-store.js';
import type { FakeAnswer } from './fake-answer.js';
import type { FakeReplies, FakeRoute } from './fake-step.js';
import type { PredictionStore } from './prediction-store.js';
import type { RecordedRequest } from './recorded-request.js';

/** What the fake server shares with its route handlers. */
export interface FakeServerState {
  /** `http://127.0.0.1:PORT`, for absolute URLs in answers. */
  readonly url: string;
  readonly now: () => number;
  readonly predictions: PredictionStore;
  /** OpenAI files and batches. */
  readonly batches: BatchStore;
  /** The next number of a series (`chat`, `image`, …), counting from 1 until the server is reset. */
  next(series: string): number;
}

/** One request as a route handler sees it. */
export interface HandlerContext {
  readonly request: RecordedRequest;
  /** Values from the path, e.g. a prediction `id`. */
  readonly params: Readonly<Record<string, string>>;
  readonly server: FakeServerState;
}

/** Answers one route, from its scripted reply when there is one, else by the default behaviour. */
export type RouteHandler<R extends FakeRoute> = (
  context: HandlerContext,
  reply: FakeReplies[R] | undefined,
) => FakeAnswer;

/** One handler per route. */
export type RouteHandlers = { readonly [R in FakeRoute]: RouteHandler<R> };
