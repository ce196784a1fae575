/** API keys by provider name (`openai`, `replicate`, `local`), kept in the host's secure storage. */
export interface SecretStore {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
  delete(name: string): Promise<void>;
}
