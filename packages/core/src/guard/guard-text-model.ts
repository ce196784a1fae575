import type { Finding } from '../findings/finding.js';
import { AbortError } from '../errors/abort-error.js';
import { InvalidResponseError } from '../errors/invalid-response-error.js';
import type { ObjectSchema } from '../models/object-schema.js';
import type { TextModel, TextRequest, TextResult, TextStreamPart } from '../models/text-model.js';
import type { CallMetadata } from '../models/usage.js';
import type { GuardContext } from './guard-context.js';
import { callMetadataOf } from './call-metadata-of.js';
import { guardedMark } from './guarded-mark.js';
import type { GenerationRecord, GuardedResult } from './guarded-result.js';
import { promptText } from './prompt-text.js';
import { recordGeneration } from './record-generation.js';
import { runTextChecks } from './run-text-checks.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** A text request through a guard: the request, plus what to record and check it against. */
export interface GuardedTextRequest extends TextRequest {
  readonly record: GenerationRecord;
}

/** A structured request through a guard. */
export interface GuardedObjectRequest<T> extends GuardedTextRequest {
  readonly schema: ObjectSchema<T>;
}

/** A streamed guarded generation: text as it arrives, then the checked and recorded result. */
export type GuardedStreamPart =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'result'; readonly result: GuardedResult<string> };

/**
 * A text model behind a guard: the bare model's three calls, each running pre-checks, the call, post-checks and the
 * provenance record, and answering with the findings and the ledger entry id beside the output.
 */
export interface GuardedTextModel {
  readonly [guardedMark]: true;
  readonly provider: string;
  readonly modelId: string;
  generate(request: GuardedTextRequest): Promise<GuardedResult<string>>;
  stream(request: GuardedTextRequest): AsyncIterable<GuardedStreamPart>;
  generateObject<T>(request: GuardedObjectRequest<T>): Promise<GuardedResult<T>>;
}


/** Wraps `model` in the guard's checks and recorder (see `createGuard`). */
export function guardTextModel(model: TextModel, guard: GuardContext): GuardedTextModel {
  const check = (request: GuardedTextRequest, stage: 'prompt' | 'output', text: string): Promise<Finding[]> =>
    runTextChecks(guard.checks, { stage, text, task: request.record.task, references: request.record.references ?? [], ...(request.signal ? { signal: request.signal } : {}) });

  /** Records the generation unless the caller gave up; a failed recording never costs the writer the output. */
  const finish = async <T>(request: GuardedTextRequest, output: T, text: string, metadata: CallMetadata, promptFindings: readonly Finding[]): Promise<GuardedResult<T>> => {
    const findings = [...promptFindings, ...(await check(request, 'output', text))];
    const { signal, record } = request;
    if (signal?.aborted) throw new AbortError(`The ${record.task} generation`, signal.reason);
    const base = { ...metadata, output, text };
    if (guard.recorder === undefined) return { ...base, findings };
    const placement = record.placement?.(text);
    const outcome = await recordGeneration(guard.recorder, {
      task: record.task,
      provider: metadata.provider,
      model: metadata.modelId,
      ...omitUndefined({ requestId: metadata.requestId }),
      prompt: promptText(request.messages),
      ...omitUndefined({ parameters: record.parameters }),
      output: text,
      findings,
      usage: metadata.usage,
      cost: metadata.cost,
      ...omitUndefined({ digitalSourceType: record.digitalSourceType, action: record.action, placement, source: record.source }),
    });
    return 'provenanceId' in outcome ? { ...base, findings, provenanceId: outcome.provenanceId } : { ...base, findings: [...findings, outcome.notRecorded] };
  };

  /** The bare request: the guard's own field stays out of what reaches the provider. */
  const bare = ({ record: _record, ...request }: GuardedTextRequest): TextRequest => request;

  return {
    [guardedMark]: true,
    provider: model.provider,
    modelId: model.modelId,

    async generate(request) {
      const promptFindings = await check(request, 'prompt', promptText(request.messages));
      const result = await model.generate(bare(request));
      return finish(request, result.text, result.text, callMetadataOf(result), promptFindings);
    },

    async *stream(request) {
      const promptFindings = await check(request, 'prompt', promptText(request.messages));
      let final: TextResult | undefined;
      for await (const part of model.stream(bare(request)) as AsyncIterable<TextStreamPart>) {
        if (part.type === 'text-delta') yield part;
        else final = part.result;
      }
      // Models end every stream with a finish part (a cut stream throws); guard anyway rather than record nothing.
      if (final === undefined) throw new InvalidResponseError(model.provider, `the ${request.record.task} stream ended without a result`);
      yield { type: 'result', result: await finish(request, final.text, final.text, callMetadataOf(final), promptFindings) };
    },

    async generateObject(request) {
      const promptFindings = await check(request, 'prompt', promptText(request.messages));
      const { schema, ...rest } = request;
      const result = await model.generateObject({ ...bare(rest), schema });
      return finish(request, result.object, result.text, callMetadataOf(result), promptFindings);
    },
  };
}
