import { describe, expect, it } from 'vitest';
import { defaultStorySettings, type StorySettings } from '../story-settings.js';
import { storyProviderLabels, storySettingGroups } from './story-setting-rows.js';

const visibleRows = (settings: StorySettings) =>
  storySettingGroups({ read: () => settings, save: () => Promise.resolve(), addSecretPicker: () => undefined, providerChanged: () => undefined }).map((group) => [
    group.heading,
    group.rows.filter((row) => row.visible?.() !== false).map((row) => row.name),
  ]);

describe('storySettingGroups', () => {
  it('offers only providers that write text: OpenAI and a local server', () => {
    expect(Object.keys(storyProviderLabels)).toEqual(['openai', 'openai-compatible']);
  });

  it('shows the model rows of the chosen provider only', () => {
    expect(visibleRows(defaultStorySettings)).toEqual([
      ['Model', ['Provider', 'API key', 'OpenAI model', 'OpenAI embedding model']],
      ['Privacy', ['Local only', 'Allowed private-network hosts']],
      ['Checks on generated text', ['Moderation', 'Inclusive-language lint']],
      ['Story', ['Entries folder', 'Manuscript folder', 'Prompts folder', 'Context budget', 'Highlight AI-written text']],
    ]);
    expect(visibleRows({ ...defaultStorySettings, provider: 'openai-compatible' })[0]).toEqual(['Model', ['Provider', 'API key', 'Local server URL', 'Local model', 'Local embedding model']]);
  });
});
