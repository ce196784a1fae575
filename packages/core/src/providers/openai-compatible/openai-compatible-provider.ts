import { UnsupportedCapabilityError } from '../../errors/unsupported-capability-error.js';
import type { EmbeddingModel } from '../../models/embedding-model.js';
import type { SpeechModel } from '../../models/speech-model.js';
import type { TextModel } from '../../models/text-model.js';
import type { TranscriptionModel } from '../../models/transcription-model.js';
import { createOpenAIClient } from '../openai/create-openai-client.js';
import { createOpenAIEmbeddingModel, type EmbeddingEncoding } from '../openai/openai-embedding-model.js';
import { createOpenAISpeechModel } from '../openai/openai-speech-model.js';
import { createOpenAITranscriptionModel } from '../openai/openai-transcription-model.js';
import type { OpenAIModelContext } from '../openai/openai-model-context.js';
import { createOpenAITextModel } from '../openai/openai-text-model.js';
import { createProviderContext, type ProviderSettings } from '../provider-context.js';

/** Settings of {@link createOpenAICompatible}. */
export interface OpenAICompatibleProviderSettings extends ProviderSettings {
  /** E.g. `http://localhost:11434/v1` (Ollama), `http://localhost:1234/v1` (LM Studio), `http://localhost:8080/v1` (llama.cpp). */
  readonly baseURL: string;
  /** Shown in messages and provenance, e.g. `ollama`. Defaults to `local`. */
  readonly name?: string;
  /** Most local servers need none. */
  readonly apiKey?: string;
  /** The model to use when a caller names none (local servers have no standard default). */
  readonly defaultModel?: string;
  readonly defaultEmbeddingModel?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Some servers reject `stream_options`; turn this off for them (usage then comes without a final chunk). */
  readonly streamUsage?: boolean;
  /**
   * The output cap of a text request that names none. Default 2048 tokens: a local server may otherwise generate
   * until its context is full (llama.cpp's default), minutes on a CPU, all of it before a non-streaming answer starts.
   */
  readonly defaultMaxOutputTokens?: number;
  /** How embeddings are asked for; `float` (the default) is what every server understands. */
  readonly embeddingEncoding?: EmbeddingEncoding;
}

/** A local or self-hosted OpenAI-compatible server: the privacy path (nothing leaves the machine). */
export interface OpenAICompatibleProvider {
  readonly name: string;
  readonly baseURL: string;
  text(modelId?: string): TextModel;
  embedding(modelId?: string): EmbeddingModel;
  /** `/audio/speech`, as LocalAI, speaches and Kokoro-FastAPI serve it; the server's default model when none is named. */
  speech(modelId?: string, voice?: string): SpeechModel;
  /** `/audio/transcriptions`, as whisper.cpp's server, speaches and LocalAI serve it. */
  transcription(modelId?: string): TranscriptionModel;
}

/** Creates a provider for an OpenAI-compatible server (Ollama, LM Studio, llama.cpp, vLLM). */
export function createOpenAICompatible(settings: OpenAICompatibleProviderSettings): OpenAICompatibleProvider {
  const name = settings.name ?? 'local';
  const base = createProviderContext(name, settings, [settings.apiKey]);
  const context: OpenAIModelContext = {
    ...base,
    // The SDK insists on a key; local servers ignore the header.
    client: createOpenAIClient(base, { apiKey: settings.apiKey ?? 'not-needed', baseURL: settings.baseURL, ...(settings.headers ? { headers: settings.headers } : {}) }, settings.policy?.totalTimeoutMs ?? 600_000),
    maxTokensField: 'max_tokens',
    streamUsage: settings.streamUsage ?? true,
    defaultMaxOutputTokens: settings.defaultMaxOutputTokens ?? 2048,
  };
  const pick = (modelId: string | undefined, fallback: string | undefined, capability: string): string => {
    const chosen = modelId ?? fallback;
    if (chosen === undefined) throw new UnsupportedCapabilityError(name, `${capability} without a model name`, `Set the ${capability} model for ${name} in the settings (e.g. "llama3.1" for Ollama).`);
    return chosen;
  };
  return {
    name,
    baseURL: settings.baseURL,
    text: (modelId) => createOpenAITextModel(context, pick(modelId, settings.defaultModel, 'text generation')),
    embedding: (modelId) => createOpenAIEmbeddingModel(context, pick(modelId, settings.defaultEmbeddingModel, 'embeddings'), settings.embeddingEncoding),
    // Local audio servers mostly serve one model and accept OpenAI's names for it.
    speech: (modelId = 'tts-1', voice) => createOpenAISpeechModel(context, modelId, voice),
    transcription: (modelId = 'whisper-1') => createOpenAITranscriptionModel(context, modelId),
  };
}
