import type { JobHandle } from '@reelkit/core/models';

/** A provider job the panel waits for, as saved between panel loads. */
export interface StoredJob {
  readonly handle: JobHandle;
  /** What the editor sees, e.g. `Music cue for "Chase" (32 s)`. */
  readonly label: string;
  /** Where the finished audio goes on the timeline: a new track of this name, from this sequence time (ticks, as text for JSON). */
  readonly placeAt?: { readonly atTicks: string; readonly trackName: string };
}

/** Where job handles persist (UXP `localStorage` in the panel, a map in tests), so a reload resumes polling. */
export interface JobStore {
  load(): Promise<StoredJob[]>;
  save(jobs: readonly StoredJob[]): Promise<void>;
}

/** Reads stored jobs from JSON, skipping entries that are not job handles (an older or damaged save). */
export function parseStoredJobs(json: string | null): StoredJob[] {
  if (json === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is StoredJob => {
    if (typeof item !== 'object' || item === null) return false;
    const { handle, label } = item as { handle?: Record<string, unknown> | null; label?: unknown };
    return (
      typeof label === 'string' &&
      typeof handle === 'object' &&
      handle !== null &&
      ['provider', 'modelId', 'id', 'kind'].every((key) => typeof handle[key] === 'string') &&
      typeof handle['submittedAt'] === 'number'
    );
  });
}
