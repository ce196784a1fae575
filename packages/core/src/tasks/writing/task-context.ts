import type { GuardedTextModel } from '../../guard/guard-text-model.js';

/** What every writing task runs with: a guarded model (a bare one does not type-check), a signal, a temperature. */
export interface TaskContext {
  readonly model: GuardedTextModel;
  readonly signal?: AbortSignal;
  /** Sampling temperature; the provider's default when absent. */
  readonly temperature?: number;
  /** Longest answer, in tokens; `defaultWritingOutputTokens` (4096) when absent. */
  readonly maxOutputTokens?: number;
}
