import type { TextModel } from '../../models/text-model.js';
import type { GuardedPipeline } from '../guarded/guarded-pipeline.js';

/** What every writing task runs with: the guarded pipeline (tasks never call a model directly), the model, a signal. */
export interface TaskContext {
  readonly pipeline: GuardedPipeline;
  readonly model: TextModel;
  readonly signal?: AbortSignal;
  /** Sampling temperature; the provider's default when absent. */
  readonly temperature?: number;
}
