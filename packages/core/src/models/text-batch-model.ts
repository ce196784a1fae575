import type { JobModel } from './job.js';
import type { TextRequest, TextResult } from './text-model.js';

/** One request of a batch, with the caller's id for matching results (e.g. a scene id). */
export interface TextBatchItem {
  readonly id: string;
  readonly request: Omit<TextRequest, 'signal'>;
}

/** The outcome of one batch item: its result, or why it failed. */
export type TextBatchItemResult =
  | { readonly id: string; readonly ok: true; readonly result: TextResult }
  | { readonly id: string; readonly ok: false; readonly error: string; readonly status?: number };

/**
 * Many text requests as one provider-side job (OpenAI's Batch API: half price, done within 24 h) instead of
 * thousands of live calls. Results carry the item ids; providers do not promise any order.
 */
export type TextBatchModel = JobModel<readonly TextBatchItem[], readonly TextBatchItemResult[]>;
