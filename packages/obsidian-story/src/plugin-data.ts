import type { StoryFinding } from './continuity/story-finding.js';
import { parseHistory, type GenerationRecord } from './generation/generation-history.js';
import { parseStorySettings, type StorySettings } from './story-settings.js';

/** Everything the plugin keeps in `data.json`: the settings at the top level, its state beside them. No keys. */
export interface PluginData {
  readonly settings: StorySettings;
  readonly history: readonly GenerationRecord[];
  /** Keys of findings the writer dismissed (see `findingKey`). */
  readonly dismissed: readonly string[];
  /** Continuity model results by prompt hash. */
  readonly continuityCache: Readonly<Record<string, readonly StoryFinding[]>>;
  /**
   * The embedding model (`modelKey` of `StoryEmbeddingModel`) the writer agreed to index the story with; empty until
   * they agree. Another model (a changed setting) asks again, since it sends the whole story again.
   */
  readonly embeddingConsent: string;
}

/** How many continuity results are kept (oldest dropped first). */
export const continuityCacheLimit = 200;

/** Reads `data.json`, falling back field by field. */
export function parsePluginData(saved: unknown): PluginData {
  const record: Record<string, unknown> = typeof saved === 'object' && saved !== null ? { ...saved } : {};
  const dismissed = Array.isArray(record['dismissed']) ? record['dismissed'].filter((key): key is string => typeof key === 'string') : [];
  const cache = record['continuityCache'];
  const consent = record['embeddingConsent'];
  return {
    settings: parseStorySettings(record),
    history: parseHistory(record['history']),
    dismissed,
    continuityCache: typeof cache === 'object' && cache !== null && !Array.isArray(cache) ? (cache as Record<string, readonly StoryFinding[]>) : {},
    embeddingConsent: typeof consent === 'string' ? consent : '',
  };
}

/** The object saved to `data.json`. */
export function serializePluginData(data: PluginData): Record<string, unknown> {
  const cacheEntries = Object.entries(data.continuityCache).slice(-continuityCacheLimit);
  return { ...data.settings, history: data.history, dismissed: data.dismissed, continuityCache: Object.fromEntries(cacheEntries), embeddingConsent: data.embeddingConsent };
}
