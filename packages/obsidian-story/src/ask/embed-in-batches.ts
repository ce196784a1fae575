import type { EmbeddingModel } from '@reelkit/core/models';
import { unitVector } from '@reelkit/core/story';

/** Most texts sent in one embeddings request: well under every server's limit, and a cancel never waits long. */
export const embeddingBatchSize = 96;

/** What embeds: the model, the vector length to ask for (when the model shortens vectors), a signal. */
export interface EmbedRun {
  readonly model: EmbeddingModel;
  readonly dimensions?: number | undefined;
  readonly signal?: AbortSignal | undefined;
  /** Told after each request, with how many texts are done. */
  readonly progress?: (done: number, total: number) => void;
}

/** Embeds texts in requests of at most `embeddingBatchSize` (or the model's limit), as unit vectors in input order. */
export async function embedInBatches(texts: readonly string[], run: EmbedRun): Promise<Float32Array[]> {
  const size = Math.max(1, Math.min(embeddingBatchSize, run.model.maxValuesPerCall));
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += size) {
    const values = texts.slice(start, start + size);
    const result = await run.model.embed({ values, ...(run.dimensions === undefined ? {} : { dimensions: run.dimensions }), ...(run.signal === undefined ? {} : { signal: run.signal }) });
    vectors.push(...result.embeddings.map((vector) => unitVector(vector)));
    run.progress?.(vectors.length, texts.length);
  }
  return vectors;
}
