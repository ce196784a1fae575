import { AbortError } from '@reelkit/core/errors';
import type { GuardedTextModel, GuardedTextRequest } from '@reelkit/core/guard';

/**
 * A guarded model that shows each request to the writer first and sends it only with their consent, so a core task
 * that builds its own prompt (adaptation, re-imagining) is previewed exactly as sent. A declined request rejects
 * with an AbortError and nothing is sent or recorded.
 */
export function previewGate(model: GuardedTextModel, confirm: (request: GuardedTextRequest) => Promise<boolean>): GuardedTextModel {
  const gate = async (request: GuardedTextRequest): Promise<void> => {
    if (!(await confirm(request))) throw new AbortError(`The ${request.record.task} request`, 'declined in the preview');
  };
  return {
    ...model,
    generate: async (request) => {
      await gate(request);
      return model.generate(request);
    },
    async *stream(request) {
      await gate(request);
      yield* model.stream(request);
    },
    generateObject: async (request) => {
      await gate(request);
      return model.generateObject(request);
    },
  };
}
