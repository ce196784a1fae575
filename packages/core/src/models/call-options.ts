/** Options every model call accepts. */
export interface CallOptions {
  /** Cancels the call; the promise then rejects with an AbortError (never resolves `undefined`). */
  readonly signal?: AbortSignal;
}
