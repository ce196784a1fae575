import { UnsupportedCapabilityError } from '../errors/unsupported-capability-error.js';
import type { EmbeddingModel } from '../models/embedding-model.js';
import type { ImageModel } from '../models/image-model.js';
import type { JobHandle, JobModel } from '../models/job.js';
import type { ModerationModel } from '../models/moderation-model.js';
import type { MusicModel } from '../models/music-model.js';
import type { SpeechModel } from '../models/speech-model.js';
import type { TextModel } from '../models/text-model.js';
import type { TranscriptionModel } from '../models/transcription-model.js';
import type { VideoOperationModel } from '../models/video-model.js';
import { createOpenAICompatible } from '../providers/openai-compatible/openai-compatible-provider.js';
import { createOpenAI } from '../providers/openai/openai-provider.js';
import type { ProviderSettings } from '../providers/provider-context.js';
import type { createReplicate } from '../providers/replicate/replicate-provider.js';
import { omitUndefined } from '../runtime/omit-undefined.js';

/** Which services a session uses, with the keys the host read from its secret store. */
export interface ProviderSelection {
  /** Who writes text: OpenAI, or an OpenAI-compatible server (Ollama, LM Studio, llama.cpp, vLLM: the privacy path). */
  readonly text: 'openai' | 'openai-compatible';
  readonly openai?: { readonly apiKey: string | undefined; readonly baseURL?: string; readonly model?: string };
  readonly compatible?: { readonly baseURL: string; readonly apiKey?: string; readonly model?: string; readonly embeddingModel?: string; readonly name?: string };
  /** Images, music and video jobs; used only when the host passes `createReplicate` (so text-only hosts do not bundle its SDK). */
  readonly replicate?: { readonly apiToken: string };
  /** Speech and transcription from the compatible server when one is set, so audio stays on the machine. */
  readonly audio?: 'openai' | 'openai-compatible';
}

/** The models a session can use; an absent one is not available with the selection (a key is missing). */
export interface ProviderModels {
  /** The text model of `selection.text`; building it throws the provider's typed error (missing key, no model name). */
  readonly text: () => TextModel;
  readonly moderation?: ModerationModel;
  readonly embedding?: EmbeddingModel;
  readonly image?: ImageModel;
  readonly speech?: SpeechModel;
  readonly transcription?: TranscriptionModel;
  readonly music?: MusicModel;
  readonly video?: VideoOperationModel;
  /** The model that polls a persisted job handle, after a reload. */
  readonly jobModel: (handle: JobHandle) => JobModel<unknown, unknown> | undefined;
}

/**
 * Builds the selected providers once, on the session's runtime and call policy (`guard.providerSettings`), so every
 * model shares one concurrency limit and cache. Local servers go through `createOpenAICompatible`, cloud OpenAI
 * through `createOpenAI`, media jobs through `createReplicate` — passed in by the hosts that use it, so a host that
 * only writes does not carry the replicate SDK.
 */
export function createProviderModels(selection: ProviderSelection, settings: ProviderSettings, factories: { readonly createReplicate?: typeof createReplicate } = {}): ProviderModels {
  const openaiKey = selection.openai?.apiKey;
  const openai = openaiKey ? createOpenAI({ apiKey: openaiKey, ...settings, ...(selection.openai?.baseURL ? { baseURL: selection.openai.baseURL } : {}) }) : undefined;
  const local = selection.compatible;
  const compatible =
    local === undefined
      ? undefined
      : createOpenAICompatible({
          baseURL: local.baseURL,
          ...settings,
          ...(local.apiKey ? { apiKey: local.apiKey } : {}),
          ...(local.model ? { defaultModel: local.model } : {}),
          ...(local.embeddingModel ? { defaultEmbeddingModel: local.embeddingModel } : {}),
          ...(local.name ? { name: local.name } : {}),
        });
  const replicate = selection.replicate === undefined || factories.createReplicate === undefined ? undefined : factories.createReplicate({ apiToken: selection.replicate.apiToken, ...settings });
  const voices = selection.audio === 'openai-compatible' && compatible !== undefined ? compatible : openai;
  const music = replicate?.music();
  const video = replicate?.video();
  const text = (): TextModel => {
    if (selection.text === 'openai-compatible') {
      if (compatible === undefined) throw new UnsupportedCapabilityError('local', 'text generation', 'Set the local server URL in the settings, or choose OpenAI.');
      return compatible.text();
    }
    // createOpenAI throws MissingApiKeyError, whose message says how to add the key.
    return (openai ?? createOpenAI({ apiKey: openaiKey, ...settings })).text(selection.openai?.model);
  };
  return {
    text,
    ...(openai === undefined ? {} : { moderation: openai.moderation() }),
    ...omitUndefined({ image: openai?.image() ?? replicate?.image() }),
    ...(selection.text === 'openai-compatible' && compatible !== undefined && local?.embeddingModel ? { embedding: compatible.embedding() } : openai === undefined ? {} : { embedding: openai.embedding() }),
    ...(voices === undefined ? {} : { speech: voices.speech(), transcription: voices.transcription() }),
    ...(music === undefined || video === undefined ? {} : { music, video }),
    jobModel: (handle) => {
      if (handle.provider !== 'replicate') return undefined;
      return handle.kind === 'music' ? music : handle.kind.startsWith('video.') ? video : undefined;
    },
  };
}
