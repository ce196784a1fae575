/** The services the story bible can generate with; `openai-compatible` is the local-only path. */
export type StoryProviderId = 'openai' | 'replicate' | 'openai-compatible';

/** What the plugin keeps in its `data.json`. Never a key: only the name of a secret in Obsidian's keychain. */
export interface StorySettings {
  readonly provider: StoryProviderId;
  /** Name of the secret in `app.secretStorage` that holds the provider's key; empty until the user picks one. */
  readonly apiKeySecretName: string;
  /** Base URL of the OpenAI-compatible server (Ollama, LM Studio, llama.cpp, vLLM). */
  readonly localBaseUrl: string;
}

/** Settings of a fresh install. */
export const defaultStorySettings: StorySettings = {
  provider: 'openai',
  apiKeySecretName: '',
  localBaseUrl: 'http://localhost:11434/v1',
};

const providerIds: readonly StoryProviderId[] = ['openai', 'replicate', 'openai-compatible'];

/** Reads saved settings; anything missing or malformed (users edit `data.json` by hand) falls back to the default. */
export function parseStorySettings(saved: unknown): StorySettings {
  const record: Record<string, unknown> = typeof saved === 'object' && saved !== null ? { ...saved } : {};
  const { provider, apiKeySecretName, localBaseUrl } = record;
  return {
    provider: providerIds.find((id) => id === provider) ?? defaultStorySettings.provider,
    apiKeySecretName: typeof apiKeySecretName === 'string' ? apiKeySecretName : defaultStorySettings.apiKeySecretName,
    localBaseUrl: typeof localBaseUrl === 'string' && localBaseUrl !== '' ? localBaseUrl : defaultStorySettings.localBaseUrl,
  };
}
