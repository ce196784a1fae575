import type { GeneratedMediaSigner } from '../provenance/media/generated-media-signer.js';
import type { ProvenanceRecorder } from '../provenance/provenance-recorder.js';
import type { EmbeddingModel } from '../models/embedding-model.js';
import type { GeneratedFile } from '../models/generated-file.js';
import type { ImageModel } from '../models/image-model.js';
import type { MusicModel, MusicRequest } from '../models/music-model.js';
import type { SpeechModel } from '../models/speech-model.js';
import type { TextModel } from '../models/text-model.js';
import type { TranscriptionModel } from '../models/transcription-model.js';
import type { CallMetadata } from '../models/usage.js';
import type { VideoOperationModel, VideoOperationRequest } from '../models/video-model.js';
import { createCallPolicy, type CallPolicy, type CallPolicySettings } from '../providers/policy/call-policy.js';
import { omitUndefined } from '../runtime/omit-undefined.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import { deliverMedia, type DeliveredFile, type MediaRecord } from './deliver-media.js';
import type { GuardContext } from './guard-context.js';
import {
  guardEmbeddingModel,
  guardImageModel,
  guardJobModel,
  guardSpeechModel,
  guardTranscriptionModel,
  type GuardedEmbeddingModel,
  type GuardedImageModel,
  type GuardedJobModel,
  type GuardedSpeechModel,
  type GuardedTranscriptionModel,
} from './guard-media-models.js';
import { guardTextModel, type GuardedTextModel } from './guard-text-model.js';
import type { TextCheck } from './text-check.js';

/** What one host session guards its generations with. */
export interface GuardSettings {
  /** The host's runtime; the globals when omitted. */
  readonly runtime?: Runtime;
  /** Retries, timeouts, concurrency and cache of the session's one call policy. */
  readonly policy?: CallPolicySettings;
  /** Run on every text prompt and output: moderation, the language lint, originality. */
  readonly checks?: readonly TextCheck[];
  /** Where generations are recorded; without one, results carry no provenance id. */
  readonly recorder?: ProvenanceRecorder;
  /** Signs generated media with C2PA where the format allows; without one, media carry no Content Credentials. */
  readonly signer?: GeneratedMediaSigner;
}

/**
 * The one way from a host to a model (DESIGN §2.2): wraps bare models so every call is checked and recorded, and holds
 * the session's single call policy. Tasks accept only the models it returns.
 */
export interface Guard {
  readonly runtime: Runtime;
  /** Spread into every provider factory (`createOpenAI({ apiKey, ...guard.providerSettings })`): one concurrency limit and cache for the session. */
  readonly providerSettings: { readonly runtime: Runtime; readonly callPolicy: CallPolicy };
  readonly checks: readonly TextCheck[];
  readonly recorder: ProvenanceRecorder | undefined;
  /** `model` behind the guard: checked, recorded, with the findings and ledger entry beside each output. */
  text(model: TextModel): GuardedTextModel;
  /** Embeddings: marked as the guard's; vectors are never published, so not signed or recorded. */
  embedding(model: EmbeddingModel): GuardedEmbeddingModel;
  /** Images: each signed (C2PA) and recorded. */
  image(model: ImageModel): GuardedImageModel;
  /** Speech: the audio signed (C2PA for MP3 and WAV) and recorded. */
  speech(model: SpeechModel): GuardedSpeechModel;
  /** Transcription: the transcript recorded. */
  transcription(model: TranscriptionModel): GuardedTranscriptionModel;
  /** Music jobs: a finished cue is signed and recorded by `deliver`. */
  music(model: MusicModel): GuardedJobModel<MusicRequest>;
  /** Video operations: a finished file is recorded by `deliver` (MP4 takes no embedded manifest yet: a finding says so). */
  video(model: VideoOperationModel): GuardedJobModel<VideoOperationRequest>;
  /**
   * Signs and records a file the host composed from generated parts (a dub track laid from takes) or received from a
   * finished job: the same single path the guarded media models use.
   */
  deliver(file: GeneratedFile, metadata: CallMetadata, record: MediaRecord): Promise<DeliveredFile>;
  /** The same guard recording into another ledger (a document's own), sharing the policy, checks and signer. */
  withRecorder(recorder: ProvenanceRecorder | undefined): Guard;
  /** The same guard signing media with another identity (loaded when first needed), sharing everything else. */
  withSigner(signer: GeneratedMediaSigner | undefined): Guard;
  /** The same guard running other checks (a user turned one off), sharing the policy, ledger and signer. */
  withChecks(checks: readonly TextCheck[]): Guard;
}

/** Creates a host session's guard. Create one per session and derive per-document guards with `withRecorder`. */
export function createGuard(settings: GuardSettings = {}): Guard {
  const runtime = settings.runtime ?? createRuntime();
  const { recorder, signer } = settings;
  return guardOver({ runtime, checks: settings.checks ?? [], ...omitUndefined({ recorder, signer }) }, createCallPolicy(runtime, settings.policy));
}

function guardOver(context: GuardContext, callPolicy: CallPolicy): Guard {
  return {
    runtime: context.runtime,
    providerSettings: { runtime: context.runtime, callPolicy },
    checks: context.checks,
    recorder: context.recorder,
    text: (model) => guardTextModel(model, context),
    embedding: (model) => guardEmbeddingModel(model),
    image: (model) => guardImageModel(model, context),
    speech: (model) => guardSpeechModel(model, context),
    transcription: (model) => guardTranscriptionModel(model, context),
    music: (model) => guardJobModel(model, context),
    video: (model) => guardJobModel(model, context),
    deliver: (file, metadata, record) => deliverMedia(context, file, metadata, record),
    withRecorder: (recorder) => guardOver({ runtime: context.runtime, checks: context.checks, ...omitUndefined({ recorder, signer: context.signer }) }, callPolicy),
    withSigner: (signer) => guardOver({ runtime: context.runtime, checks: context.checks, ...omitUndefined({ recorder: context.recorder, signer }) }, callPolicy),
    withChecks: (checks) => guardOver({ ...context, checks }, callPolicy),
  };
}
