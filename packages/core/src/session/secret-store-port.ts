/**
 * The host's secret store, as the core needs it: VS Code's `SecretStorage`, Obsidian's `app.secretStorage`, UXP's
 * `secureStorage` each adapt to this in a few lines. Keys never leave it except into a provider's request.
 */
export interface SecretStorePort {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
}
