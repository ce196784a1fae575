/** What a call consumed, in the units its provider bills. Absent fields were not reported. */
export interface Usage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  /** Seconds of audio or compute (transcription, TTS length, Replicate predict time). */
  readonly seconds?: number;
  /** Characters of input (text-to-speech is billed per character). */
  readonly characters?: number;
  /** Images produced. */
  readonly images?: number;
}

/** Money spent by a call, from the price table in force. */
export interface Cost {
  /** Amount in US dollars. */
  readonly usd: number;
  /** True when some usage had no price in the table (the amount is then a lower bound). */
  readonly incomplete: boolean;
}

/** What every model call returns alongside its output. */
export interface CallMetadata {
  readonly provider: string;
  readonly modelId: string;
  readonly usage: Usage;
  readonly cost: Cost;
  /** The provider's request id, for support tickets and provenance. */
  readonly requestId?: string;
  /** True when the answer came from the response cache (no call was made, nothing was billed). */
  readonly fromCache: boolean;
}

/** Adds two usages field by field. */
export function addUsage(left: Usage, right: Usage): Usage {
  const sum = (a: number | undefined, b: number | undefined): number | undefined =>
    a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
  const fields = ['inputTokens', 'outputTokens', 'seconds', 'characters', 'images'] as const;
  const result: Record<string, number> = {};
  for (const field of fields) {
    const value = sum(left[field], right[field]);
    if (value !== undefined) result[field] = value;
  }
  return result;
}
