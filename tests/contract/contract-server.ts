// The servers the contract suite runs against, as run.mjs started them, and what each can be asked to do.

/** How a started server is reached (from run.mjs through CONTRACT_SERVERS). */
export interface StartedServer {
  /** `mock-llm` or `llama-server`. */
  readonly kind: ServerKind;
  readonly baseURL: string;
  /** A second instance serving embeddings, when the server needs one (llama-server crashes chat with --embeddings). */
  readonly embeddingBaseURL?: string;
}

/** The servers the suite knows how to drive. */
export type ServerKind = 'mock-llm' | 'llama-server';

/** A request that makes the server fail, and what the caller must see. */
export interface ErrorCase {
  readonly name: string;
  readonly call: 'generate' | 'stream' | 'embed-on-chat-server';
  readonly content: string;
  readonly expected: Readonly<Record<string, unknown>>;
  /** Retries the policy must log before giving up. */
  readonly retries: number;
}

/** What the checks need to know about one kind of server. */
export interface ServerProfile {
  readonly model: string;
  readonly embeddingModel: string;
  /** A prompt whose answer streams for longer than `slowIdleTimeoutMs` while tokens keep coming. */
  readonly slowPrompt: string;
  readonly slowMaxOutputTokens: number;
  readonly slowIdleTimeoutMs: number;
  /** Why a non-streamed generation cannot be made slower than the idle limit on this server, if it cannot. */
  readonly noSlowNonStreamed?: string;
  readonly errorCases: readonly ErrorCase[];
}

const longSentence = 'The keeper climbed the stairs of the lighthouse and counted each step as the storm rose over the bay';

/** Profiles by server kind. */
export const serverProfiles: Record<ServerKind, ServerProfile> = {
  'mock-llm': {
    model: 'contract-model',
    embeddingModel: 'contract-embedding',
    // mock-llm echoes the message in 4-character chunks every 25 ms: about 650 ms for this one.
    slowPrompt: longSentence,
    slowMaxOutputTokens: 300,
    slowIdleTimeoutMs: 200,
    noSlowNonStreamed: 'mock-llm answers a non-streamed request at once (it has no delay setting)',
    errorCases: [
      { name: 'a 500 is retried, then surfaces with its status', call: 'generate', content: 'error-500', retries: 2, expected: { name: 'ApiCallError', status: 500, isRetryable: true, providerCode: 'server_error' } },
      { name: 'a 501 "not supported" is not retried', call: 'generate', content: 'error-501', retries: 0, expected: { name: 'ApiCallError', status: 501, isRetryable: false, providerCode: 'not_supported' } },
      { name: 'a 400 keeps the server code', call: 'generate', content: 'error-context', retries: 0, expected: { name: 'ApiCallError', status: 400, isRetryable: false, providerCode: 'context_length_exceeded' } },
      { name: 'an error event inside a 200 stream keeps its code', call: 'stream', content: 'error-context', retries: 0, expected: { name: 'ApiCallError', code: 'api_error', isRetryable: false, providerCode: 'context_length_exceeded' } },
    ],
  },
  'llama-server': {
    model: 'stories260K',
    embeddingModel: 'stories260K',
    // stories260K on one thread: 1-3 ms a token, so 1000 tokens take one to three seconds, streamed every few ms.
    slowPrompt: 'Tell me a long story about a dragon.',
    slowMaxOutputTokens: 1000,
    slowIdleTimeoutMs: 100,
    errorCases: [
      { name: 'embeddings on a server started without --embeddings: 501, not retried', call: 'embed-on-chat-server', content: 'storm', retries: 0, expected: { name: 'ApiCallError', status: 501, isRetryable: false, providerCode: 'not_supported_error' } },
      { name: 'a prompt over the context size: 400 with the server code', call: 'generate', content: 'word '.repeat(3000), retries: 0, expected: { name: 'ApiCallError', status: 400, isRetryable: false, providerCode: 'exceed_context_size_error' } },
      { name: 'the same, streamed', call: 'stream', content: 'word '.repeat(3000), retries: 0, expected: { name: 'ApiCallError', status: 400, isRetryable: false, providerCode: 'exceed_context_size_error' } },
    ],
  },
};

/** The started servers run.mjs passed in; none when the suite is run without it. */
export function startedServers(json: string | undefined): StartedServer[] {
  if (json === undefined || json === '') return [];
  return JSON.parse(json) as StartedServer[];
}
