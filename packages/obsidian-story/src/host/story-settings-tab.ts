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

/** The plugin's page in Obsidian's settings: provider, key (kept in Obsidian's keychain), privacy, checks, folders, context. */
export class StorySettingsTab extends PluginSettingTab {
  private readonly store: StorySettingsStore;

  constructor(app: App, plugin: Plugin, store: StorySettingsStore) {
    super(app, plugin);
    this.store = store;
  }

  override display(): void {
    const { containerEl, store } = this;
    const settings = store.read();
    const save = (change: Partial<StorySettings>): Promise<void> => store.save({ ...store.read(), ...change });
    containerEl.empty();

    new Setting(containerEl).setName('Model').setHeading();
    new Setting(containerEl)
      .setName('Provider')
      .setDesc('Which service writes generated text. A local server keeps your manuscript on your own machines.')
      .addDropdown((dropdown) =>
        dropdown
          .addOptions(providerLabels)
          .setValue(settings.provider)
          .onChange(async (value) => {
            await save({ provider: value as StoryProviderId });
            this.display();
          }),
      );
    new Setting(containerEl)
      .setName('API key')
      .setDesc("Pick or create a secret in Obsidian's keychain; the key itself is never written to the plugin's data.")
      .addComponent((el) => new SecretComponent(this.app, el).setValue(settings.apiKeySecretName).onChange((name) => save({ apiKeySecretName: name })));
    if (settings.provider === 'openai') {
      new Setting(containerEl).setName('OpenAI model').addText((text) => text.setValue(settings.openaiModel).onChange((value) => save({ openaiModel: value.trim() })));
    }
    if (settings.provider === 'openai-compatible') {
      new Setting(containerEl)
        .setName('Local server URL')
        .setDesc('Base URL of Ollama, LM Studio, llama.cpp or vLLM.')
        .addText((text) => text.setValue(settings.localBaseUrl).onChange((url) => save({ localBaseUrl: url.trim() })));
      new Setting(containerEl).setName('Local model').addText((text) => text.setValue(settings.localModel).onChange((value) => save({ localModel: value.trim() })));
    }

    new Setting(containerEl).setName('Privacy').setHeading();
    new Setting(containerEl)
      .setName('Local only')
      .setDesc('Refuse every request that would leave this machine, except to the private-network hosts listed below.')
      .addToggle((toggle) => toggle.setValue(settings.localOnly).onChange((value) => save({ localOnly: value })));
    new Setting(containerEl)
      .setName('Allowed private-network hosts')
      .setDesc('Comma-separated, e.g. 192.168.1.20, gpu-box.local. Public addresses are never allowed in local-only mode.')
      .addText((text) =>
        text.setValue(settings.allowedLanHosts.join(', ')).onChange((value) =>
          save({ allowedLanHosts: value.split(',').map((host) => host.trim().toLowerCase()).filter((host) => host !== '') }),
        ),
      );

    new Setting(containerEl).setName('Checks on generated text').setHeading();
    new Setting(containerEl)
      .setName('Moderation')
      .setDesc(
        "Send every generated passage to OpenAI's moderation endpoint and show what it flags beside the suggestion. Runs only when the provider is OpenAI: local servers have no moderation, and nothing is sent for it.",
      )
      .addToggle((toggle) => toggle.setValue(settings.moderation).onChange((value) => save({ moderation: value })));
    new Setting(containerEl)
      .setName('Inclusive-language lint')
      .setDesc('Check the generated prose for exclusionary or loaded wording and show suggestions beside it. Runs on this device; your own notes are checked only when you run the representation and language check.')
      .addToggle((toggle) => toggle.setValue(settings.language).onChange((value) => save({ language: value })));

    new Setting(containerEl).setName('Story').setHeading();
    new Setting(containerEl).setName('Entries folder').addText((text) => text.setValue(settings.entriesFolder).onChange((value) => save({ entriesFolder: value.trim() })));
    new Setting(containerEl).setName('Manuscript folder').addText((text) => text.setValue(settings.manuscriptFolder).onChange((value) => save({ manuscriptFolder: value.trim() })));
    new Setting(containerEl)
      .setName('Context budget')
      .setDesc('Most tokens of story-bible entries sent with one request.')
      .addText((text) =>
        text.setValue(String(settings.contextBudgetTokens)).onChange((value) => {
          const budget = Number(value);
          return Number.isInteger(budget) && budget >= 100 ? save({ contextBudgetTokens: budget }) : Promise.resolve();
        }),
      );
    new Setting(containerEl)
      .setName('Highlight AI-written text')
      .setDesc('In reading view. AI text is always marked invisibly in the page; this makes the mark visible.')
      .addToggle((toggle) => toggle.setValue(settings.highlightAiText).onChange((value) => save({ highlightAiText: value })));
  }
}
