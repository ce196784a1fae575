/** A service named in the `reelkit.provider` setting. */
export type ProviderId = 'openai' | 'replicate' | 'openai-compatible' | 'vscode-lm';

/** A provider that authenticates with a key the user pastes in. */
export interface KeyedProvider {
  readonly id: ProviderId;
  /** The service's name as users know it. */
  readonly label: string;
  /** What the service calls its credential. */
  readonly credentialName: string;
}

/** The providers **Reelkit: Set API key** offers; `vscode-lm` is absent because VS Code handles its sign-in. */
export const keyedProviders: readonly KeyedProvider[] = [
  { id: 'openai', label: 'OpenAI', credentialName: 'API key' },
  { id: 'replicate', label: 'Replicate', credentialName: 'API token' },
  { id: 'openai-compatible', label: 'OpenAI-compatible server', credentialName: 'API key' },
];

/** The `SecretStorage` key under which a provider's credential is kept. */
export function apiKeySecretId(provider: ProviderId): string {
  return `reelkit.apiKey.${provider}`;
}

/** The keyed provider with this id; `undefined` for anything else (`vscode-lm`, an unknown value, no argument). */
export function findKeyedProvider(id: unknown): KeyedProvider | undefined {
  return keyedProviders.find((provider) => provider.id === id);
}
