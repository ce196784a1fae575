import type { Setting } from 'obsidian';
import type { StoryProviderId, StorySettings } from '../story-settings.js';

/** One row of the settings page: what search finds it by, when it shows, and how its control is built. */
export interface StorySettingRow {
  readonly name: string;
  readonly desc?: string;
  /** Shown only while this holds (rows that depend on the provider). */
  readonly visible?: () => boolean;
  /** Adds the row's control to a setting whose name and description are already set. */
  readonly build: (setting: Setting) => void;
}

/** Rows under one heading. */
export interface StorySettingGroup {
  readonly heading: string;
  readonly rows: readonly StorySettingRow[];
}

/** What the rows read, write and ask of the tab. */
export interface StorySettingRowsHost {
  readonly read: () => StorySettings;
  readonly save: (change: Partial<StorySettings>) => Promise<void>;
  /** Adds Obsidian's keychain picker (`SecretComponent`, which needs the app) to a row. */
  readonly addSecretPicker: (setting: Setting, secretName: string, onChange: (secretName: string) => void) => void;
  /** The provider changed: rows that depend on it must show or hide. */
  readonly providerChanged: () => void;
}

/** The writing providers offered. Replicate is not one: it serves images and music, and no text model. */
export const storyProviderLabels: Readonly<Record<StoryProviderId, string>> = {
  openai: 'OpenAI',
  'openai-compatible': 'Local server (OpenAI-compatible)',
};

/** The plugin's settings page as data, rendered declaratively on Obsidian 1.13+ and row by row before it. */
export function storySettingGroups(host: StorySettingRowsHost): StorySettingGroup[] {
  const { read, save } = host;
  // A value the setting cannot take (a budget of `abc`) is not saved: the change returns undefined.
  const text = (value: (settings: StorySettings) => string, change: (value: string) => Partial<StorySettings> | undefined) => (setting: Setting) =>
    void setting.addText((input) =>
      input.setValue(value(read())).onChange((next) => {
        const changed = change(next);
        return changed === undefined ? Promise.resolve() : save(changed);
      }),
    );
  const toggle = (value: (settings: StorySettings) => boolean, change: (value: boolean) => Partial<StorySettings>) => (setting: Setting) =>
    void setting.addToggle((input) => input.setValue(value(read())).onChange((next) => save(change(next))));
  const usesProvider = (provider: StoryProviderId) => () => read().provider === provider;
  return [
    {
      heading: 'Model',
      rows: [
        {
          name: 'Provider',
          desc: 'Which service writes generated text. A local server keeps your manuscript on your own machines.',
          build: (setting) =>
            void setting.addDropdown((dropdown) =>
              dropdown
                .addOptions(storyProviderLabels)
                .setValue(read().provider)
                .onChange(async (value) => {
                  await save({ provider: value as StoryProviderId });
                  host.providerChanged();
                }),
            ),
        },
        {
          name: 'API key',
          desc: "Pick or create a secret in Obsidian's keychain; the key itself is never written to the plugin's data.",
          build: (setting) => host.addSecretPicker(setting, read().apiKeySecretName, (name) => void save({ apiKeySecretName: name })),
        },
        { name: 'OpenAI model', visible: usesProvider('openai'), build: text((settings) => settings.openaiModel, (value) => ({ openaiModel: value.trim() })) },
        {
          name: 'OpenAI embedding model',
          desc: 'Indexes your scenes and entries for Ask the story, once you agree to a preview of what it sends.',
          visible: usesProvider('openai'),
          build: text((settings) => settings.openaiEmbeddingModel, (value) => ({ openaiEmbeddingModel: value.trim() })),
        },
        {
          name: 'Local server URL',
          desc: 'Base URL of Ollama, LM Studio, llama.cpp or vLLM.',
          visible: usesProvider('openai-compatible'),
          build: text((settings) => settings.localBaseUrl, (url) => ({ localBaseUrl: url.trim() })),
        },
        { name: 'Local model', visible: usesProvider('openai-compatible'), build: text((settings) => settings.localModel, (value) => ({ localModel: value.trim() })) },
        {
          name: 'Local embedding model',
          desc: 'Indexes your scenes and entries for Ask the story on the local server, e.g. nomic-embed-text in Ollama.',
          visible: usesProvider('openai-compatible'),
          build: text((settings) => settings.localEmbeddingModel, (value) => ({ localEmbeddingModel: value.trim() })),
        },
      ],
    },
    {
      heading: 'Privacy',
      rows: [
        { name: 'Local only', desc: 'Refuse every request that would leave this machine, except to the private-network hosts listed below.', build: toggle((settings) => settings.localOnly, (localOnly) => ({ localOnly })) },
        {
          name: 'Allowed private-network hosts',
          desc: 'Comma-separated, e.g. 192.168.1.20, gpu-box.local. Public addresses are never allowed in local-only mode.',
          build: text(
            (settings) => settings.allowedLanHosts.join(', '),
            (value) => ({ allowedLanHosts: value.split(',').map((hostName) => hostName.trim().toLowerCase()).filter((hostName) => hostName !== '') }),
          ),
        },
      ],
    },
    {
      heading: 'Checks on generated text',
      rows: [
        {
          name: 'Moderation',
          desc: "Send every generated passage to OpenAI's moderation endpoint and show what it flags beside the suggestion. Runs only when the provider is OpenAI: local servers have no moderation, and nothing is sent for it.",
          build: toggle((settings) => settings.moderation, (moderation) => ({ moderation })),
        },
        {
          name: 'Inclusive-language lint',
          desc: 'Check the generated prose for exclusionary or loaded wording and show suggestions beside it. Runs on this device; your own notes are checked only when you run the representation and language check.',
          build: toggle((settings) => settings.language, (language) => ({ language })),
        },
      ],
    },
    {
      heading: 'Story',
      rows: [
        { name: 'Entries folder', build: text((settings) => settings.entriesFolder, (value) => ({ entriesFolder: value.trim() })) },
        { name: 'Manuscript folder', build: text((settings) => settings.manuscriptFolder, (value) => ({ manuscriptFolder: value.trim() })) },
        {
          name: 'Prompts folder',
          desc: 'Your prompt templates, one note each; empty for the built-in prompts only. A note whose prompt-id is a built-in one (e.g. story.continue) replaces it.',
          build: text((settings) => settings.promptsFolder, (value) => ({ promptsFolder: value.trim().replace(/\/+$/, '') })),
        },
        {
          name: 'Context budget',
          desc: 'Most tokens of story-bible entries sent with one request.',
          build: text(
            (settings) => String(settings.contextBudgetTokens),
            (value) => {
              const budget = Number(value);
              return Number.isInteger(budget) && budget >= 100 ? { contextBudgetTokens: budget } : undefined;
            },
          ),
        },
        { name: 'Highlight AI-written text', desc: 'In reading view. AI text is always marked invisibly in the page; this makes the mark visible.', build: toggle((settings) => settings.highlightAiText, (highlightAiText) => ({ highlightAiText })) },
      ],
    },
  ];
}
