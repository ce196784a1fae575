import type { CheckSettings } from '@reelkit/core/session';

/**
 * The services the story bible writes with; `openai-compatible` is the local-only path. (Replicate, offered by earlier
 * builds, has no text model: `migratePluginData` moves settings that chose it.)
 */
export type StoryProviderId = 'openai' | 'openai-compatible';

/**
 * What the plugin keeps in its `data.json`. Never a key: only the name of a secret in Obsidian's keychain. The two
 * switches of the checks on generated text (`moderation`, `language`) are the core's `CheckSettings`.
 */
export interface StorySettings extends CheckSettings {
  readonly provider: StoryProviderId;
  /** Name of the secret in `app.secretStorage` that holds the provider's key; empty until the user picks one. */
  readonly apiKeySecretName: string;
  /** Base URL of the OpenAI-compatible server (Ollama, LM Studio, llama.cpp, vLLM). */
  readonly localBaseUrl: string;
  /** Model name on the local server, e.g. `llama3.1`. */
  readonly localModel: string;
  /** OpenAI model id. */
  readonly openaiModel: string;
  /** OpenAI embedding model that indexes the story for *Ask the story*. */
  readonly openaiEmbeddingModel: string;
  /** Embedding model on the local server (e.g. `nomic-embed-text` in Ollama). */
  readonly localEmbeddingModel: string;
  /** Refuse every endpoint that is not on this machine or an allowed private-network host. */
  readonly localOnly: boolean;
  /** Private-network hosts (e.g. `192.168.1.20`, `gpu-box.local`) the local-only switch also allows. */
  readonly allowedLanHosts: readonly string[];
  /** Folder of the story-bible entries. */
  readonly entriesFolder: string;
  /** Folder of the manuscript's scenes. */
  readonly manuscriptFolder: string;
  /** Folder of the writer's prompt templates (notes); empty for the built-in prompts only. */
  readonly promptsFolder: string;
  /** Most tokens of story-bible context sent with one request. */
  readonly contextBudgetTokens: number;
  /** Show AI-written text highlighted in reading view (it is always marked, invisibly, for screen readers and CSS). */
  readonly highlightAiText: boolean;
}

/** Settings of a fresh install. */
export const defaultStorySettings: StorySettings = {
  provider: 'openai',
  apiKeySecretName: '',
  localBaseUrl: 'http://localhost:11434/v1',
  localModel: 'llama3.1',
  openaiModel: 'gpt-4.1-mini',
  openaiEmbeddingModel: 'text-embedding-3-small',
  localEmbeddingModel: 'nomic-embed-text',
  localOnly: false,
  allowedLanHosts: [],
  entriesFolder: 'Story bible',
  manuscriptFolder: 'Manuscript',
  promptsFolder: '',
  contextBudgetTokens: 1500,
  highlightAiText: false,
  moderation: true,
  language: true,
};

const providerIds: readonly StoryProviderId[] = ['openai', 'openai-compatible'];

/** Reads saved settings; anything missing or malformed (users edit `data.json` by hand) falls back to the default. */
export function parseStorySettings(saved: unknown): StorySettings {
  const record: Record<string, unknown> = typeof saved === 'object' && saved !== null ? { ...saved } : {};
  const text = <K extends keyof StorySettings>(key: K, allowEmpty = false): string => {
    const value = record[key];
    return typeof value === 'string' && (allowEmpty || value.trim() !== '') ? value.trim() : (defaultStorySettings[key] as string);
  };
  const flag = (key: 'localOnly' | 'highlightAiText' | 'moderation' | 'language'): boolean => {
    const value = record[key];
    return typeof value === 'boolean' ? value : defaultStorySettings[key];
  };
  const budget = record['contextBudgetTokens'];
  const hosts = record['allowedLanHosts'];
  return {
    provider: providerIds.find((id) => id === record['provider']) ?? defaultStorySettings.provider,
    apiKeySecretName: text('apiKeySecretName', true),
    localBaseUrl: text('localBaseUrl'),
    localModel: text('localModel'),
    openaiModel: text('openaiModel'),
    openaiEmbeddingModel: text('openaiEmbeddingModel'),
    localEmbeddingModel: text('localEmbeddingModel'),
    localOnly: flag('localOnly'),
    allowedLanHosts: Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string' && host.trim() !== '').map((host) => host.trim().toLowerCase()) : [],
    entriesFolder: text('entriesFolder'),
    manuscriptFolder: text('manuscriptFolder'),
    promptsFolder: text('promptsFolder', true).replace(/\/+$/, ''),
    contextBudgetTokens: typeof budget === 'number' && Number.isInteger(budget) && budget >= 100 ? budget : defaultStorySettings.contextBudgetTokens,
    highlightAiText: flag('highlightAiText'),
    moderation: flag('moderation'),
    language: flag('language'),
  };
}
