import { defaultPriceTable, type EmbeddingModel, type ImageModel, type JobHandle, type JobModel, type MusicModel, type PriceTable, type SpeechModel, type TextModel, type TranscriptionModel, type VideoOperationModel } from '@reelkit/core/models';
import { createOpenAI, createReplicate } from '@reelkit/core/providers';
import type { Runtime } from '@reelkit/core/runtime';
import type { SecretStore } from '../ports/secret-store.js';

/** The models the panel can use with the keys the editor has stored; absent ones say which key is missing. */
export interface PanelModels {
  /** OpenAI's, or a local OpenAI-compatible speech server's when a local endpoint is set (audio stays on the machine). */
  readonly transcription?: TranscriptionModel;
  /** Voices for dubbing: the local endpoint's when set, else OpenAI's. */
  readonly speech?: SpeechModel;
  /** Translation, music briefs, shot lists and (with images) audio descriptions. */
  readonly text?: TextModel;
  readonly embedding?: EmbeddingModel;
  readonly image?: ImageModel;
  readonly music?: MusicModel;
  readonly video?: VideoOperationModel;
  /** The model that polls a persisted job handle. */
  readonly jobModel: (handle: JobHandle) => JobModel<unknown, unknown> | undefined;
  readonly prices: PriceTable;
}

/** Builds models from secure storage: `openai`, `replicate` keys and a `local` endpoint URL (which wins for speech). */
export async function createModels(secrets: SecretStore, runtime: Runtime): Promise<PanelModels> {
  const [openaiKey, replicateToken, localEndpoint] = await Promise.all([secrets.get('openai'), secrets.get('replicate'), secrets.get('local')]);
  const openai = openaiKey === undefined ? undefined : createOpenAI({ apiKey: openaiKey, runtime });
  const local = localEndpoint === undefined ? undefined : createOpenAI({ apiKey: 'local', baseURL: localEndpoint, runtime });
  const voices = local ?? openai;
  const replicate = replicateToken === undefined ? undefined : createReplicate({ apiToken: replicateToken, runtime });
  const music = replicate?.music();
  const video = replicate?.video();
  return {
    ...(voices === undefined ? {} : { transcription: voices.transcription(), speech: voices.speech() }),
    ...(openai === undefined ? {} : { text: openai.text('gpt-4o-mini'), embedding: openai.embedding('text-embedding-3-small'), image: openai.image('gpt-image-1') }),
    ...(music === undefined || video === undefined ? {} : { music, video }),
    jobModel: (handle) => {
      if (handle.provider !== 'replicate') return undefined;
      return handle.kind === 'music' ? music : handle.kind.startsWith('video.') ? video : undefined;
    },
    prices: defaultPriceTable,
  };
}
