import { type App, type Plugin, PluginSettingTab, requireApiVersion, SecretComponent, Setting, type SettingDefinitionItem } from 'obsidian';
import type { StorySettings } from '../story-settings.js';
import { storySettingGroups, type StorySettingGroup } from './story-setting-rows.js';

/** Where the tab reads and writes settings; the plugin owns persistence. */
export interface StorySettingsStore {
  readonly read: () => StorySettings;
  readonly save: (next: StorySettings) => Promise<void>;
}

/**
 * The plugin's page in Obsidian's settings: provider, key (kept in Obsidian's keychain), privacy, checks, folders,
 * context. One list of rows serves both ways Obsidian renders it: declaratively from 1.13 (so the rows are found by
 * the settings search), and through `display()` before it — still needed, since `minAppVersion` is 1.11.4, the first
 * version with `app.secretStorage`.
 */
export class StorySettingsTab extends PluginSettingTab {
  private readonly store: StorySettingsStore;

  constructor(app: App, plugin: Plugin, store: StorySettingsStore) {
    super(app, plugin);
    this.store = store;
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return this.groups().map((group) => ({
      type: 'group',
      heading: group.heading,
      items: group.rows.map((row) => ({
        name: row.name,
        ...(row.desc === undefined ? {} : { desc: row.desc }),
        ...(row.visible === undefined ? {} : { visible: row.visible }),
        render: (setting: Setting) => row.build(setting),
      })),
    }));
  }

  /** Obsidian before 1.13 renders the page only through this; from 1.13 on it is not called. */
  override display(): void {
    this.renderRows();
  }

  private renderRows(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const group of this.groups()) {
      new Setting(containerEl).setName(group.heading).setHeading();
      for (const row of group.rows) {
        if (row.visible?.() === false) continue;
        const setting = new Setting(containerEl).setName(row.name);
        if (row.desc !== undefined) setting.setDesc(row.desc);
        row.build(setting);
      }
    }
  }

  private groups(): StorySettingGroup[] {
    const { store } = this;
    return storySettingGroups({
      read: store.read,
      save: (change) => store.save({ ...store.read(), ...change }),
      addSecretPicker: (setting, secretName, onChange) => void setting.addComponent((el) => new SecretComponent(this.app, el).setValue(secretName).onChange(onChange)),
      providerChanged: () => {
        // 1.13 brought declarative settings: re-evaluate the rows' `visible` in place; before it, render them again.
        if (requireApiVersion('1.13.0')) this.refreshDomState();
        else this.renderRows();
      },
    });
  }
}
