/** A finished HTTP answer: status, content type and the whole body. */
export interface FakeBodyAnswer {
  readonly kind: 'body';
  readonly status: number;
  readonly contentType: string;
  readonly body: Uint8Array | string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A server-sent-event stream of JSON events, ended by `data: [DONE]`. */
export interface FakeSseAnswer {
  readonly kind: 'sse';
  readonly events: readonly unknown[];
  /** Events before the closing ones (finish, usage): what a `truncated-sse` fault sends by default. */
  readonly contentEvents: number;
}

/** What a route handler wants sent; the server writes it, applying any scripted fault. */
export type FakeAnswer = FakeBodyAnswer | FakeSseAnswer;

/** A JSON answer. */
export function jsonAnswer(body: unknown, status = 200, headers?: Readonly<Record<string, string>>): FakeBodyAnswer {
  const answer = { kind: 'body', status, contentType: 'application/json', body: JSON.stringify(body) } as const;
  return headers === undefined ? answer : { ...answer, headers };
}

/** A binary or text answer with the given content type. */
export function rawAnswer(body: Uint8Array | string, contentType: string): FakeBodyAnswer {
  return { kind: 'body', status: 200, contentType, body };
}
