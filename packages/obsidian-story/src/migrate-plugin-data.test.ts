import { describe, expect, it } from 'vitest';
import { migratePluginData } from './migrate-plugin-data.js';
import { parsePluginData } from './plugin-data.js';
import { defaultStorySettings } from './story-settings.js';

describe('migratePluginData', () => {
  it('moves settings that chose Replicate to OpenAI without its key, and says so once', () => {
    const saved = { ...defaultStorySettings, provider: 'replicate', apiKeySecretName: 'replicate-token', localOnly: true, history: [] };
    const { saved: migrated, notices } = migratePluginData(saved);
    expect(parsePluginData(migrated).settings).toEqual({ ...defaultStorySettings, localOnly: true });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('your writing provider is now OpenAI');
    expect(migratePluginData(migrated)).toEqual({ saved: migrated, notices: [] });
  });

  it('leaves a fresh install and every other provider alone', () => {
    expect(migratePluginData(null)).toEqual({ saved: null, notices: [] });
    const local = { ...defaultStorySettings, provider: 'openai-compatible', apiKeySecretName: 'lm-studio' };
    expect(migratePluginData(local)).toEqual({ saved: local, notices: [] });
  });
});
