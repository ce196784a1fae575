/** Saved data brought up to date, and what to tell the writer about the changes (nothing when there were none). */
export interface MigratedPluginData {
  readonly saved: unknown;
  readonly notices: readonly string[];
}

/**
 * Brings what an earlier version saved in `data.json` up to date, before `parsePluginData` reads it. Earlier builds
 * offered Replicate as the writing provider, but Replicate serves no text model, so every generation failed: such
 * settings move to OpenAI, the default, and forget the key's secret name so that a Replicate token is never sent to
 * OpenAI (the secret itself stays in Obsidian's keychain).
 */
export function migratePluginData(saved: unknown): MigratedPluginData {
  if (typeof saved !== 'object' || saved === null || (saved as Record<string, unknown>)['provider'] !== 'replicate') return { saved, notices: [] };
  return {
    saved: { ...saved, provider: 'openai', apiKeySecretName: '' },
    notices: [
      'Reelkit Story Bible: Replicate has no model that writes text, so your writing provider is now OpenAI. Choose an OpenAI key or a local server in the plugin settings; your Replicate token stays in the keychain, unused.',
    ],
  };
}
