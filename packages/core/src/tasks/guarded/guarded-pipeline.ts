import type { Finding } from '../../checks/finding.js';
import type { ProvenanceRecorder } from '../../checks/provenance/provenance-recorder.js';
import { AbortError } from '../../errors/abort-error.js';
import { InvalidResponseError } from '../../errors/invalid-response-error.js';
import type { ObjectSchema } from '../../models/object-schema.js';
import type { TextResult, TextStreamPart } from '../../models/text-model.js';
import type { CallMetadata } from '../../models/usage.js';
import type { GuardedResult, GuardedTextTask } from './guarded-text-task.js';
import { promptText } from './prompt-text.js';
import { recordGeneration } from './record-generation.js';
import { runTextChecks } from './run-text-checks.js';
import type { TextCheck } from './text-check.js';

/** What the pipeline runs around every call. */
export interface GuardedPipelineSettings {
  /** Pre- and post-checks: moderation, fiction-aware lint, representation delta, originality. */
  readonly checks?: readonly TextCheck[];
  /** Where generations are recorded; without one, results carry no provenance id. */
  readonly recorder?: ProvenanceRecorder;
}

/** A streamed guarded generation: text as it arrives, then the checked and recorded result. */
export type GuardedStreamPart =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'result'; readonly result: GuardedResult<string> };

/** The only path from a task to a model (DESIGN §2.2). */
export interface GuardedPipeline {
  generateText(task: GuardedTextTask): Promise<GuardedResult<string>>;
  streamText(task: GuardedTextTask): AsyncIterable<GuardedStreamPart>;
  generateObject<T>(task: GuardedTextTask, schema: ObjectSchema<T>): Promise<GuardedResult<T>>;
}

/** Creates the guarded pipeline: pre-checks → model call (call policy) → post-checks → provenance → result. */
export function createGuardedPipeline(settings: GuardedPipelineSettings = {}): GuardedPipeline {
  const checks = settings.checks ?? [];

  const check = (task: GuardedTextTask, stage: 'prompt' | 'output', text: string): Promise<Finding[]> =>
    runTextChecks(checks, { stage, text, task: task.task, references: task.references ?? [], ...(task.request.signal ? { signal: task.request.signal } : {}) });

  /** Records the generation unless the caller gave up; a failed recording never costs the writer the output. */
  const finish = async <T>(task: GuardedTextTask, output: T, text: string, metadata: CallMetadata, promptFindings: readonly Finding[]): Promise<GuardedResult<T>> => {
    const findings = [...promptFindings, ...(await check(task, 'output', text))];
    const signal = task.request.signal;
    if (signal?.aborted) throw new AbortError(`The ${task.task} generation`, signal.reason);
    const base = { ...metadata, output, text };
    if (settings.recorder === undefined) return { ...base, findings };
    const placement = task.placement?.(text);
    const outcome = await recordGeneration(settings.recorder, {
      task: task.task,
      provider: metadata.provider,
      model: metadata.modelId,
      ...(metadata.requestId === undefined ? {} : { requestId: metadata.requestId }),
      prompt: promptText(task.request.messages),
      ...(task.parameters === undefined ? {} : { parameters: task.parameters }),
      output: text,
      findings,
      usage: metadata.usage,
      cost: metadata.cost,
      ...(task.digitalSourceType === undefined ? {} : { digitalSourceType: task.digitalSourceType }),
      ...(task.action === undefined ? {} : { action: task.action }),
      ...(placement === undefined ? {} : { placement }),
      ...(task.source === undefined ? {} : { source: task.source }),
    });
    return 'provenanceId' in outcome ? { ...base, findings, provenanceId: outcome.provenanceId } : { ...base, findings: [...findings, outcome.notRecorded] };
  };

  const metadataOf = ({ provider, modelId, usage, cost, requestId, fromCache }: CallMetadata): CallMetadata => ({
    provider,
    modelId,
    usage,
    cost,
    fromCache,
    ...(requestId === undefined ? {} : { requestId }),
  });

  return {
    async generateText(task) {
      const promptFindings = await check(task, 'prompt', promptText(task.request.messages));
      const result = await task.model.generate(task.request);
      return finish(task, result.text, result.text, metadataOf(result), promptFindings);
    },

    async *streamText(task) {
      const promptFindings = await check(task, 'prompt', promptText(task.request.messages));
      let final: TextResult | undefined;
      for await (const part of task.model.stream(task.request) as AsyncIterable<TextStreamPart>) {
        if (part.type === 'text-delta') yield part;
        else final = part.result;
      }
      // Models end every stream with a finish part (a cut stream throws); guard anyway rather than record nothing.
      if (final === undefined) throw new InvalidResponseError(task.model.provider, `the ${task.task} stream ended without a result`);
      yield { type: 'result', result: await finish(task, final.text, final.text, metadataOf(final), promptFindings) };
    },

    async generateObject(task, schema) {
      const promptFindings = await check(task, 'prompt', promptText(task.request.messages));
      const result = await task.model.generateObject({ ...task.request, schema });
      return finish(task, result.object, result.text, metadataOf(result), promptFindings);
    },
  };
}
