/** What became of a generation (`saved`: written to a new Fountain file). */
export type GenerationStatus = 'pending' | 'inserted' | 'replaced' | 'saved' | 'dismissed';

/** One line of the generation history (kept in the plugin's data, newest first). */
export interface GenerationRecord {
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly taskId: string;
  readonly notePath: string;
  readonly provider: string;
  readonly modelId: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly usd: number;
  readonly provenanceId?: string;
  readonly status: GenerationStatus;
  readonly text: string;
}

/** How many generations the history keeps. */
export const historyLimit = 100;

/** Adds a generation at the top, dropping the oldest past the limit. */
export function addToHistory(history: readonly GenerationRecord[], record: GenerationRecord, limit = historyLimit): GenerationRecord[] {
  return [record, ...history.filter((existing) => existing.id !== record.id)].slice(0, limit);
}

/** Sets the status of one generation. */
export function markInHistory(history: readonly GenerationRecord[], id: string, status: GenerationStatus): GenerationRecord[] {
  return history.map((record) => (record.id === id ? { ...record, status } : record));
}

/** Reads a saved history, dropping malformed records (users can edit `data.json`). */
export function parseHistory(saved: unknown): GenerationRecord[] {
  if (!Array.isArray(saved)) return [];
  return saved.filter((item): item is GenerationRecord => {
    if (typeof item !== 'object' || item === null) return false;
    const record = item as Record<string, unknown>;
    return ['id', 'taskId', 'notePath', 'provider', 'modelId', 'status', 'text'].every((key) => typeof record[key] === 'string') && ['time', 'inputTokens', 'outputTokens', 'usd'].every((key) => typeof record[key] === 'number');
  });
}
