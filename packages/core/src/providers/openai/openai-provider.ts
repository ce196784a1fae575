import { MissingApiKeyError } from '../../errors/missing-api-key-error.js';
import type { EmbeddingModel } from '../../models/embedding-model.js';
import type { ImageModel } from '../../models/image-model.js';
import type { ModerationModel } from '../../models/moderation-model.js';
import type { SpeechModel } from '../../models/speech-model.js';
import type { TextBatchModel } from '../../models/text-batch-model.js';
import type { TextModel } from '../../models/text-model.js';
import type { TranscriptionModel } from '../../models/transcription-model.js';
import { createProviderContext, type ProviderSettings } from '../provider-context.js';
import { createOpenAIClient } from './create-openai-client.js';
import { createOpenAIEmbeddingModel } from './openai-embedding-model.js';
import { createOpenAIImageModel } from './openai-image-model.js';
import type { OpenAIModelContext } from './openai-model-context.js';
import { createOpenAIModerationModel } from './openai-moderation-model.js';
import { createOpenAISpeechModel } from './openai-speech-model.js';
import { createOpenAITextBatchModel } from './openai-text-batch-model.js';
import { createOpenAITextModel } from './openai-text-model.js';
import { createOpenAITranscriptionModel } from './openai-transcription-model.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** Settings of {@link createOpenAI}. */
export interface OpenAIProviderSettings extends ProviderSettings {
  /** From the host's secret store. Never logged or recorded. */
  readonly apiKey: string | undefined;
  /** Defaults to `https://api.openai.com/v1`. */
  readonly baseURL?: string;
  readonly organization?: string;
  readonly project?: string;
}

/** OpenAI's models, by modality. Model ids default to current general-purpose choices. */
export interface OpenAIProvider {
  readonly name: string;
  text(modelId?: string): TextModel;
  /** Many chat requests as one Batch API job: half price, finished within 24 hours. */
  textBatch(modelId?: string): TextBatchModel;
  embedding(modelId?: string): EmbeddingModel;
  moderation(modelId?: string): ModerationModel;
  image(modelId?: string): ImageModel;
  speech(modelId?: string, voice?: string): SpeechModel;
  transcription(modelId?: string): TranscriptionModel;
}

/** Creates the OpenAI provider over the official openai SDK. Throws MissingApiKeyError without a key. */
export function createOpenAI(settings: OpenAIProviderSettings): OpenAIProvider {
  if (!settings.apiKey) throw new MissingApiKeyError('OpenAI', 'Run "Set API key" and paste a key from platform.openai.com/api-keys.');
  const base = createProviderContext('openai', settings, [settings.apiKey]);
  const context: OpenAIModelContext = {
    ...base,
    client: createOpenAIClient(
      base,
      {
        apiKey: settings.apiKey,
        baseURL: settings.baseURL ?? 'https://api.openai.com/v1',
        ...omitUndefined({ organization: settings.organization, project: settings.project }),
      },
      settings.policy?.totalTimeoutMs ?? 600_000,
    ),
    maxTokensField: 'max_completion_tokens',
    streamUsage: true,
  };
  return {
    name: 'openai',
    text: (modelId = 'gpt-4.1-mini') => createOpenAITextModel(context, modelId),
    textBatch: (modelId = 'gpt-4.1-mini') => createOpenAITextBatchModel(context, modelId),
    embedding: (modelId = 'text-embedding-3-small') => createOpenAIEmbeddingModel(context, modelId),
    moderation: (modelId = 'omni-moderation-latest') => createOpenAIModerationModel(context, modelId),
    image: (modelId = 'gpt-image-1') => createOpenAIImageModel(context, modelId),
    speech: (modelId = 'gpt-4o-mini-tts', voice) => createOpenAISpeechModel(context, modelId, voice),
    transcription: (modelId = 'whisper-1') => createOpenAITranscriptionModel(context, modelId),
  };
}
