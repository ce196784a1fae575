import {
  defaultPriceTable,
  type EmbeddingModel,
  type ImageModel,
  type JobHandle,
  type JobModel,
  type ModerationModel,
  type MusicModel,
  type PriceTable,
  type SpeechModel,
  type TextModel,
  type TranscriptionModel,
  type VideoOperationModel,
} from '@reelkit/core/models';
import { createReplicate, type ProviderSettings } from '@reelkit/core/providers';
import { omitUndefined } from '@reelkit/core/runtime';
import { createProviderModels } from '@reelkit/core/session';
import type { SecretStore } from '../ports/secret-store.js';

/** The models the panel can use with the keys the editor has stored; absent ones say which key is missing. */
export interface PanelModels {
  /** OpenAI's, or the local OpenAI-compatible server's when a local endpoint is set (audio stays on the machine). */
  readonly transcription?: TranscriptionModel;
  /** Voices for dubbing: the local endpoint's when set, else OpenAI's. */
  readonly speech?: SpeechModel;
  /** Translation, music briefs, shot lists and (with images) audio descriptions. */
  readonly text?: TextModel;
  /** OpenAI's moderation, for the session's checks on generated text (local servers have none). */
  readonly moderation?: ModerationModel;
  readonly embedding?: EmbeddingModel;
  readonly image?: ImageModel;
  readonly music?: MusicModel;
  readonly video?: VideoOperationModel;
  /** The model that polls a persisted job handle. */
  readonly jobModel: (handle: JobHandle) => JobModel<unknown, unknown> | undefined;
  readonly prices: PriceTable;
}

/**
 * Builds the models from secure storage — `openai`, `replicate` keys and a `local` endpoint URL (served through the
 * OpenAI-compatible provider, which wins for speech and transcription) — with the core's `createProviderModels` on
 * the session guard's `providerSettings`, so every model shares the guard's one call policy.
 */
export async function createModels(secrets: SecretStore, settings: ProviderSettings): Promise<PanelModels> {
  const [openaiKey, replicateToken, localEndpoint] = await Promise.all([secrets.get('openai'), secrets.get('replicate'), secrets.get('local')]);
  const models = createProviderModels(
    {
      text: 'openai',
      openai: { apiKey: openaiKey, model: 'gpt-4o-mini' },
      ...(localEndpoint === undefined ? {} : { compatible: { baseURL: localEndpoint }, audio: 'openai-compatible' as const }),
      ...(replicateToken === undefined ? {} : { replicate: { apiToken: replicateToken } }),
    },
    settings,
    { createReplicate },
  );
  const { transcription, speech, moderation, embedding, image, music, video } = models;
  return {
    ...omitUndefined({ transcription, speech, moderation, embedding, image, music, video }),
    // Only OpenAI writes the panel's text: a local server needs a model name the panel does not ask for yet.
    ...(openaiKey === undefined ? {} : { text: models.text() }),
    jobModel: models.jobModel,
    prices: defaultPriceTable,
  };
}
