import type { FakeRoute } from './fake-step.js';

/** A file part of a multipart request; its content is kept only when it is text (e.g. a batch's JSONL). */
export interface RecordedFormFile {
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  readonly text?: string;
}

/** Fields of a multipart request; a repeated field keeps its last value. */
export type RecordedForm = Readonly<Record<string, string | RecordedFormFile>>;

/** One request the fake server received, recorded before it was answered. */
export interface RecordedRequest {
  readonly route: FakeRoute | 'unknown';
  readonly method: string;
  /** Path with query, e.g. `/v1/chat/completions`. */
  readonly path: string;
  /** Header names in lower case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyText: string;
  /** The parsed body, when the request declared JSON and it parsed. */
  readonly json?: unknown;
  /** The parsed fields, for `multipart/form-data`. */
  readonly form?: RecordedForm;
}
