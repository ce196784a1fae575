import { AbortError } from '../errors/abort-error.js';
import type { EmbeddingModel } from '../models/embedding-model.js';
import type { ImageModel, ImageRequest } from '../models/image-model.js';
import type { GeneratedFile } from '../models/generated-file.js';
import type { CallOptions } from '../models/call-options.js';
import type { JobHandle, JobModel, JobStatus } from '../models/job.js';
import type { SpeechModel, SpeechRequest } from '../models/speech-model.js';
import type { TranscriptionModel, TranscriptionRequest, TranscriptionResult } from '../models/transcription-model.js';
import type { CallMetadata } from '../models/usage.js';
import { waitForJob, type WaitForJobOptions } from '../models/wait-for-job.js';
import { deliverMedia, type DeliveredFile, type MediaRecord } from './deliver-media.js';
import type { GuardContext } from './guard-context.js';
import { callMetadataOf } from './call-metadata-of.js';
import { guardedMark } from './guarded-mark.js';
import { recordMediaEvent } from './record-media-event.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** What every guarded media model shows of itself. */
interface GuardedModelIdentity {
  readonly [guardedMark]: true;
  readonly provider: string;
  readonly modelId: string;
}

/**
 * Embeddings through a guard: the vectors rank and retrieve, they are never shown or published, so nothing is signed
 * or recorded — the mark only keeps tasks on the guard's models (and its one call policy) like every other modality.
 */
export interface GuardedEmbeddingModel extends EmbeddingModel {
  readonly [guardedMark]: true;
}

/** Images through a guard: each one signed and recorded. */
export interface GuardedImageModel extends GuardedModelIdentity {
  generate(request: ImageRequest & { readonly record: MediaRecord }): Promise<CallMetadata & { readonly images: readonly DeliveredFile[]; readonly revisedPrompt?: string }>;
}

/** Speech through a guard: the audio signed and recorded. */
export interface GuardedSpeechModel extends GuardedModelIdentity {
  synthesize(request: SpeechRequest & { readonly record: MediaRecord }): Promise<CallMetadata & { readonly audio: DeliveredFile }>;
}

/** Transcription through a guard: the transcript recorded (a transcript is generated text, not the speaker's words). */
export interface GuardedTranscriptionModel extends GuardedModelIdentity {
  transcribe(request: TranscriptionRequest & { readonly record: MediaRecord }): Promise<TranscriptionResult & { readonly provenanceId?: string; readonly findings: DeliveredFile['findings'] }>;
}

/**
 * A job model (music, video operations) through a guard: submitting, polling and cancelling are the bare model's; a
 * finished job's file reaches the user only through `deliver`, which signs and records it.
 */
export interface GuardedJobModel<Input> extends GuardedModelIdentity {
  submit(input: Input, options?: CallOptions): Promise<JobHandle>;
  poll(handle: JobHandle, options?: CallOptions): Promise<JobStatus<GeneratedFile>>;
  cancel(handle: JobHandle, options?: CallOptions): Promise<void>;
  deliver(handle: JobHandle, output: GeneratedFile, metadata: CallMetadata, record?: Partial<MediaRecord>): Promise<DeliveredFile>;
  /** Waits for the job (polling on the guard's runtime), then delivers its file: the usual way to finish a job. */
  collect(handle: JobHandle, options?: Omit<WaitForJobOptions, 'runtime'>, record?: Partial<MediaRecord>): Promise<DeliveredFile & { readonly metadata: CallMetadata }>;
}

/** A call the user cancelled records nothing, even when its answer arrived just before the cancel (as text calls). */
function stopIfCancelled(signal: AbortSignal | undefined, task: string): void {
  if (signal?.aborted) throw new AbortError(`The ${task} generation`, signal.reason);
}

const identity = (model: { provider: string; modelId: string }): GuardedModelIdentity => ({ [guardedMark]: true, provider: model.provider, modelId: model.modelId });

/** Marks an embedding model as the guard's (see `GuardedEmbeddingModel`). */
export function guardEmbeddingModel(model: EmbeddingModel): GuardedEmbeddingModel {
  return { ...identity(model), maxValuesPerCall: model.maxValuesPerCall, embed: (request) => model.embed(request) };
}

/** Wraps an image model in the guard's signer and recorder. */
export function guardImageModel(model: ImageModel, guard: GuardContext): GuardedImageModel {
  return {
    ...identity(model),
    async generate({ record, ...request }) {
      const result = await model.generate(request);
      stopIfCancelled(request.signal, record.task);
      const metadata = callMetadataOf(result);
      const images: DeliveredFile[] = [];
      // One at a time: each file's ledger entry follows the previous one in the chain.
      for (const [index, image] of result.images.entries()) {
        images.push(await deliverMedia(guard, image, metadata, { ...record, ...(record.title === undefined || result.images.length === 1 ? {} : { title: `${record.title}-${index + 1}` }) }));
      }
      return { ...metadata, images, ...omitUndefined({ revisedPrompt: result.revisedPrompt }) };
    },
  };
}

/** Wraps a speech model in the guard's signer and recorder. */
export function guardSpeechModel(model: SpeechModel, guard: GuardContext): GuardedSpeechModel {
  return {
    ...identity(model),
    async synthesize({ record, ...request }) {
      const result = await model.synthesize(request);
      stopIfCancelled(request.signal, record.task);
      const metadata = callMetadataOf(result);
      return { ...metadata, audio: await deliverMedia(guard, result.audio, metadata, record) };
    },
  };
}

/** Wraps a transcription model in the guard's recorder. */
export function guardTranscriptionModel(model: TranscriptionModel, guard: GuardContext): GuardedTranscriptionModel {
  return {
    ...identity(model),
    async transcribe({ record, ...request }) {
      const result = await model.transcribe(request);
      stopIfCancelled(request.signal, record.task);
      if (guard.recorder === undefined) return { ...result, findings: [] };
      const outcome = await recordMediaEvent(guard.recorder, guard.runtime.hasher, { task: record.task, metadata: callMetadataOf(result), output: result.text, ...omitUndefined({ parameters: record.parameters }) });
      return 'entryId' in outcome ? { ...result, provenanceId: outcome.entryId, findings: [] } : { ...result, findings: [outcome.finding] };
    },
  };
}

/** Wraps a job model (music, video operations); a finished job's file is delivered through the guard. */
export function guardJobModel<Input>(model: JobModel<Input, GeneratedFile>, guard: GuardContext): GuardedJobModel<Input> {
  const deliver = (handle: JobHandle, output: GeneratedFile, metadata: CallMetadata, record: Partial<MediaRecord>): Promise<DeliveredFile> =>
    deliverMedia(guard, output, metadata, { task: handle.kind, title: `${handle.kind}-${handle.id}`, ...record, parameters: { ...record.parameters, job: handle.id } });
  return {
    ...identity(model),
    submit: (input, options) => model.submit(input, options),
    poll: (handle, options) => model.poll(handle, options),
    cancel: (handle, options) => model.cancel(handle, options),
    deliver: (handle, output, metadata, record = {}) => deliver(handle, output, metadata, record),
    async collect(handle, options = {}, record = {}) {
      const { output, metadata } = await waitForJob(model, handle, { ...options, runtime: guard.runtime });
      return { ...(await deliver(handle, output, metadata, record)), metadata };
    },
  };
}
