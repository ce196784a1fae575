/** Token counts a scripted chat reply reports; `total_tokens` is their sum. */
export interface FakeChatUsage {
  readonly prompt_tokens: number;
  readonly completion_tokens: number;
}

/** Why a scripted chat completion stopped. */
export type FakeFinishReason = 'stop' | 'length' | 'content_filter' | 'tool_calls';

/** A scripted chat completion; `json` (stringified) wins over `content`. Unset fields keep their defaults. */
export interface FakeChatReply {
  readonly content?: string;
  readonly json?: unknown;
  readonly finishReason?: FakeFinishReason;
  readonly usage?: FakeChatUsage;
}

/** A raw scripted answer: JSON unless `body` is bytes (`Uint8Array`, sent as-is). */
export interface FakeBodyReply {
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Scripted embeddings: `vectors` are encoded as the request asks (float or base64); `body` is sent raw. */
export type FakeEmbeddingsReply = { readonly vectors: readonly (readonly number[])[] } | FakeBodyReply;

/** A scripted transcription: `text` replaces the default transcript in every format; `body` is sent raw. */
export type FakeTranscriptionReply = { readonly text: string } | FakeBodyReply;

/** How a created Replicate prediction ends; unset fields keep the defaults (succeeded, one PNG URL). */
export interface FakePredictionOutcome {
  readonly status?: 'succeeded' | 'failed' | 'canceled';
  readonly output?: unknown;
  readonly error?: string;
  readonly logs?: string;
  /**
   * Makes the prediction slow: it finishes after this many polls, and even `Prefer: wait` answers before then
   * (with `processing`, as when Replicate's wait times out).
   */
  readonly pollsToFinish?: number;
}

/** A scripted prediction creation: `body` says how the prediction ends, not the raw response. */
export interface FakePredictionReply {
  readonly body: FakePredictionOutcome;
}

/** The scripted successful answer each route accepts. */
export interface FakeReplies {
  readonly chat: FakeChatReply;
  readonly embeddings: FakeEmbeddingsReply;
  readonly moderations: FakeBodyReply;
  readonly images: FakeBodyReply;
  readonly speech: FakeBodyReply;
  readonly transcriptions: FakeTranscriptionReply;
  readonly 'predictions.create': FakePredictionReply;
  readonly 'predictions.get': FakeBodyReply;
  readonly 'predictions.cancel': FakeBodyReply;
  readonly files: FakeBodyReply;
  readonly 'files.upload': FakeBodyReply;
  readonly 'files.content': FakeBodyReply;
  readonly 'batches.create': FakeBodyReply;
  readonly 'batches.get': FakeBodyReply;
  readonly 'batches.cancel': FakeBodyReply;
}

/** An endpoint of the fake server that can be scripted. */
export type FakeRoute = keyof FakeReplies;

interface Delayed {
  /** Wait this long before answering (before the headers: a non-streaming generation that takes this long). */
  readonly delayMs?: number;
  /** Wait this long before each event of a stream: a slow generation that is alive. */
  readonly chunkDelayMs?: number;
}

/** A successful scripted answer for one route. */
export interface FakeReplyStep<R extends FakeRoute = FakeRoute> extends Delayed {
  readonly reply: FakeReplies[R];
}

/** An HTTP error; the body defaults to the provider's error JSON for that status. */
export interface FakeErrorStep extends Delayed {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/**
 * A broken answer: a reset socket (before the answer, or `reset-mid-body` after the headers and `afterChunks`
 * events or half the body), a stalled or truncated response, a body that is not JSON, an `error-event` inside a
 * 200 stream after `afterChunks` events (`error` is the event's `error` object), or a 200 HTML page.
 */
export type FakeFaultStep = Delayed &
  (
    | { readonly fault: 'reset' }
    | { readonly fault: 'reset-mid-body'; readonly afterChunks?: number }
    | { readonly fault: 'malformed-json' }
    | { readonly fault: 'stall'; readonly afterChunks?: number }
    | { readonly fault: 'truncated-sse'; readonly afterChunks?: number }
    | { readonly fault: 'error-event'; readonly afterChunks?: number; readonly error?: unknown }
    | { readonly fault: 'html-page' }
  );

/** One scripted answer of a route: a reply, an HTTP error or a fault. */
export type FakeStep<R extends FakeRoute = FakeRoute> = FakeReplyStep<R> | FakeErrorStep | FakeFaultStep;
