/** One line of `bench/results.json`: our measurement beside the anchor's, taken in the same run. */
export interface BenchResult {
  /** Stable id, e.g. `model.overhead.median`. */
  readonly id: string;
  /** Our measurement. */
  readonly value: number;
  /** Unit of `value` and `anchorValue`, e.g. `ms`, `KB`, `ratio`. */
  readonly unit: string;
  /** What we are measured against, e.g. `openai SDK (raw)`; `target` when the anchor is a fixed goal. */
  readonly anchor: string;
  /** The anchor's measurement in the same run (or the target). */
  readonly anchorValue: number;
  /** `value / anchorValue`. */
  readonly ratio: number;
  /** Which direction is better for `value`. */
  readonly better: 'lower' | 'higher';
  /** The target this id must meet, stated in the issue (optional, informational). */
  readonly target?: string;
}

/** A benchmark file's default export: runs its measurements and returns their rows. */
export type BenchSuite = () => Promise<readonly BenchResult[]>;

/** Builds a result row, computing the ratio. */
export function createBenchResult(row: Omit<BenchResult, 'ratio'>): BenchResult {
  const ratio = row.anchorValue === 0 ? Number.NaN : row.value / row.anchorValue;
  // Four decimals: sub-microsecond digits of a timing are noise, not information.
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  return { ...row, value: round(row.value), anchorValue: round(row.anchorValue), ratio: round(ratio) };
}

/** Median of a list of samples (the list is not modified). */
export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** The p-th percentile (0..1) of a list of samples by nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}
