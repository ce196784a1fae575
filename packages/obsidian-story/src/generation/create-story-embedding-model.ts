import type { EmbeddingModel } from '@reelkit/core/models';
import { createOpenAI, createOpenAICompatible } from '@reelkit/core/providers';
import type { StorySettings } from '../story-settings.js';
import { checkLocalOnly } from './check-local-only.js';
import type { StoryModelHost } from './create-story-model.js';

/** The embedding model the settings choose, and how its vectors are asked for and stored. */
export interface StoryEmbeddingChoice {
  readonly model: EmbeddingModel;
  /** Asked of OpenAI (its text-embedding-3 models shorten vectors well); local servers give their own length. */
  readonly dimensions: number | undefined;
  /** Names the vectors on disk, e.g. `openai/text-embedding-3-small@512`: vectors of another model are never mixed in. */
  readonly modelKey: string;
}

/** Vector length asked of OpenAI: a 512-float vector keeps most of the quality at a third of the storage. */
export const openaiEmbeddingDimensions = 512;

/**
 * The embedding model that indexes the story for *Ask the story*: OpenAI's, or the local server's in the privacy
 * path. Local-only mode is checked first, as for text, so a refused provider sends nothing.
 */
export function createStoryEmbeddingModel(settings: StorySettings, host: StoryModelHost): StoryEmbeddingChoice {
  checkLocalOnly(settings);
  const { providerSettings } = host;
  if (settings.provider === 'openai') {
    const model = createOpenAI({ apiKey: host.apiKey, ...providerSettings }).embedding(settings.openaiEmbeddingModel);
    return { model, dimensions: openaiEmbeddingDimensions, modelKey: `${model.provider}/${model.modelId}@${openaiEmbeddingDimensions}` };
  }
  const model = createOpenAICompatible({ baseURL: settings.localBaseUrl, ...(host.apiKey ? { apiKey: host.apiKey } : {}), defaultEmbeddingModel: settings.localEmbeddingModel, ...providerSettings }).embedding();
  return { model, dimensions: undefined, modelKey: `${model.provider}@${settings.localBaseUrl}/${model.modelId}` };
}
