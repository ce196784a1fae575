import { type App, type Plugin, PluginSettingTab, SecretComponent, Setting } from 'obsidian';
import type { StoryProviderId, StorySettings } from '../story-settings.js';

/** Where the tab reads and writes settings; the plugin owns persistence. */
export interface StorySettingsStore {
  readonly read: () => StorySettings;
  readonly save: (next: StorySettings) => Promise<void>;
}

const providerLabels: Record<StoryProviderId, string> = {
  openai: 'OpenAI',
  replicate: 'Replicate',
  'openai-compatible': 'Local server (OpenAI-compatible)',
};

/** The plugin's page in Obsidian's settings: provider, key (kept in Obsidian's keychain) and local server. */
export class StorySettingsTab extends PluginSettingTab {
  private readonly store: StorySettingsStore;

  constructor(app: App, plugin: Plugin, store: StorySettingsStore) {
    super(app, plugin);
    this.store = store;
  }

  override display(): void {
    const { containerEl, store } = this;
    const settings = store.read();
    containerEl.empty();

    new Setting(containerEl)
      .setName('Provider')
      .setDesc('Which service writes generated text. A local server keeps your manuscript on your own machines.')
      .addDropdown((dropdown) =>
        dropdown
          .addOptions(providerLabels)
          .setValue(settings.provider)
          .onChange(async (value) => {
            await store.save({ ...store.read(), provider: value as StoryProviderId });
            this.display();
          }),
      );

    new Setting(containerEl)
      .setName('API key')
      .setDesc("Pick or create a secret in Obsidian's keychain; the key itself is never written to the plugin's data.")
      .addComponent((el) =>
        new SecretComponent(this.app, el)
          .setValue(settings.apiKeySecretName)
          .onChange((name) => store.save({ ...store.read(), apiKeySecretName: name })),
      );

    if (settings.provider === 'openai-compatible') {
      new Setting(containerEl)
        .setName('Local server URL')
        .setDesc('Base URL of Ollama, LM Studio, llama.cpp or vLLM.')
        .addText((text) =>
          text.setValue(settings.localBaseUrl).onChange((url) => store.save({ ...store.read(), localBaseUrl: url.trim() })),
        );
    }
  }
}
