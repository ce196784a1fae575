import { createOpenAI, createReplicate, defaultPriceTable, type JobHandle, type JobModel, type PriceTable, type Runtime, type TranscriptionModel } from '@reelkit/core';
import type { SecretStore } from '../ports/secret-store.js';

/** The models the panel can use with the keys the editor has stored. */
export interface PanelModels {
  /** OpenAI's, or a local OpenAI-compatible speech server's when a local endpoint is set (audio stays on the machine). */
  readonly transcription?: TranscriptionModel;
  /** The model that polls a persisted job handle. */
  readonly jobModel: (handle: JobHandle) => JobModel<unknown, unknown> | undefined;
  readonly prices: PriceTable;
}

/** Builds models from secure storage: `openai`, `replicate` keys and a `local` endpoint URL (which wins for speech). */
export async function createModels(secrets: SecretStore, runtime: Runtime): Promise<PanelModels> {
  const [openaiKey, replicateToken, localEndpoint] = await Promise.all([secrets.get('openai'), secrets.get('replicate'), secrets.get('local')]);
  const transcription =
    localEndpoint !== undefined
      ? createOpenAI({ apiKey: 'local', baseURL: localEndpoint, runtime }).transcription()
      : openaiKey !== undefined
        ? createOpenAI({ apiKey: openaiKey, runtime }).transcription()
        : undefined;
  const replicate = replicateToken === undefined ? undefined : createReplicate({ apiToken: replicateToken, runtime });
  return {
    ...(transcription === undefined ? {} : { transcription }),
    jobModel: (handle) => {
      if (replicate === undefined || handle.provider !== 'replicate') return undefined;
      return handle.kind === 'music' ? replicate.music() : handle.kind.startsWith('video.') ? replicate.video() : undefined;
    },
    prices: defaultPriceTable,
  };
}
