import type { CallOptions } from './call-options.js';
import type { CallMetadata } from './usage.js';

/** Texts to embed. */
export interface EmbeddingRequest extends CallOptions {
  readonly values: readonly string[];
  /** Shorter vectors where the model supports it. */
  readonly dimensions?: number;
}

/** One vector per input value, in input order. */
export interface EmbeddingResult extends CallMetadata {
  readonly embeddings: readonly (readonly number[])[];
}

/** A text embedding model (trailer ranking, story-bible retrieval). */
export interface EmbeddingModel {
  readonly provider: string;
  readonly modelId: string;
  /** How many values one call may carry; callers split larger lists. */
  readonly maxValuesPerCall: number;
  embed(request: EmbeddingRequest): Promise<EmbeddingResult>;
}
