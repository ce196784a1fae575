// Entry of the Obsidian plugin: it only wires features to Obsidian.
import { Plugin } from 'obsidian';
import { StorySettingsTab } from './host/story-settings-tab.js';
import { defaultStorySettings, parseStorySettings, type StorySettings } from './story-settings.js';

/** Reelkit Story Bible. Obsidian loads the default export of `main.js`. */
export default class ReelkitStoryBiblePlugin extends Plugin {
  // Obsidian 1.13 declares `settings` on Plugin; typed here as the plugin's own.
  override settings: StorySettings = defaultStorySettings;

  override async onload(): Promise<void> {
    this.settings = parseStorySettings(await this.loadData());
    this.addSettingTab(
      new StorySettingsTab(this.app, this, {
        read: () => this.settings,
        save: async (next) => {
          this.settings = next;
          await this.saveData(next);
        },
      }),
    );
  }
}
