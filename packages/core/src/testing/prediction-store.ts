import type { FakePredictionOutcome } from './fake-step.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** What a new prediction is made of. */
export interface NewPrediction {
  readonly model: string;
  readonly version: string;
  readonly input: unknown;
  readonly outcome: FakePredictionOutcome;
  /** Answer after waiting, as `Prefer: wait` asks: finished, unless the outcome sets its own `pollsToFinish`. */
  readonly wait: boolean;
}

/** The Replicate predictions the fake server knows, advanced one step by each poll. */
export interface PredictionStore {
  /** Creates a prediction and returns its JSON. */
  create(prediction: NewPrediction): Record<string, unknown>;
  /** Advances a prediction by one poll and returns its JSON; undefined for an unknown id. */
  poll(id: string): Record<string, unknown> | undefined;
  cancel(id: string): Record<string, unknown> | undefined;
  clear(): void;
}

/** Settings of a prediction store. */
export interface PredictionStoreOptions {
  /** Absolute base URL of the Replicate API on the fake server, for `urls`. */
  readonly baseURL: string;
  /** Absolute URL of the file `name` on the fake server, for the default output. */
  readonly fileURL: (name: string) => string;
  readonly pollsToFinish: number;
  readonly now: () => number;
}

interface Stored extends NewPrediction {
  readonly id: string;
  readonly createdAt: string;
  readonly pollsToFinish: number;
  polls: number;
  canceled: boolean;
  startedAt?: string;
  completedAt?: string;
}

/** A store whose predictions go `starting → processing → succeeded` over `pollsToFinish` polls. */
export function createPredictionStore(options: PredictionStoreOptions): PredictionStore {
  const predictions = new Map<string, Stored>();
  let created = 0;
  const timestamp = (): string => new Date(options.now()).toISOString();

  const status = (stored: Stored): string => {
    if (stored.canceled) return 'canceled';
    if (stored.polls >= stored.pollsToFinish) return stored.outcome.status ?? 'succeeded';
    return stored.polls === 0 && !stored.wait ? 'starting' : 'processing';
  };

  const view = (stored: Stored): Record<string, unknown> => {
    const current = status(stored);
    const done = current === 'succeeded' || current === 'failed' || current === 'canceled';
    if (current !== 'starting') stored.startedAt ??= timestamp();
    if (done) stored.completedAt ??= timestamp();
    const url = `${options.baseURL}/predictions/${stored.id}`;
    const finished = done && !stored.canceled;
    const output = stored.outcome.output ?? [options.fileURL(`${stored.id}.png`)];
    return {
      id: stored.id,
      model: stored.model,
      version: stored.version,
      input: stored.input,
      status: current,
      output: finished && current === 'succeeded' ? output : null,
      error: finished && current === 'failed' ? (stored.outcome.error ?? 'Fake prediction failed') : null,
      logs: done ? (stored.outcome.logs ?? '') : '',
      source: 'api',
      data_removed: false,
      created_at: stored.createdAt,
      ...omitUndefined({ started_at: stored.startedAt, completed_at: stored.completedAt }),
      ...(finished ? { metrics: { predict_time: 0.5 } } : {}),
      urls: { get: url, cancel: `${url}/cancel` },
    };
  };

  return {
    create(prediction) {
      created += 1;
      const slow = prediction.outcome.pollsToFinish !== undefined;
      const pollsToFinish = Math.max(0, prediction.outcome.pollsToFinish ?? options.pollsToFinish);
      const stored: Stored = {
        ...prediction,
        id: `pred-${created}`,
        createdAt: timestamp(),
        pollsToFinish,
        // A wait finishes a prediction of the default speed; a slow one is still processing when it ends.
        polls: prediction.wait && !slow ? pollsToFinish : 0,
        canceled: false,
      };
      predictions.set(stored.id, stored);
      return view(stored);
    },
    poll(id) {
      const stored = predictions.get(id);
      if (stored === undefined) return undefined;
      stored.polls = Math.min(stored.polls + 1, stored.pollsToFinish);
      return view(stored);
    },
    cancel(id) {
      const stored = predictions.get(id);
      if (stored === undefined) return undefined;
      if (stored.polls < stored.pollsToFinish) stored.canceled = true;
      return view(stored);
    },
    clear() {
      predictions.clear();
      created = 0;
    },
  };
}
