import type { Plugin } from 'obsidian';
import { migratePluginData } from '../migrate-plugin-data.js';
import { parsePluginData, serializePluginData } from '../plugin-data.js';
import { StoryState } from './story-state.js';

/**
 * Loads the plugin's `data.json` into its state, persisted through `saveData`. What an earlier version saved is
 * migrated first (see `migratePluginData`): the writer is told what changed, and the migrated data is saved at once,
 * so the notice comes once.
 */
export async function loadStoryState(plugin: Pick<Plugin, 'loadData' | 'saveData'>, notify: (message: string) => void): Promise<StoryState> {
  const { saved, notices } = migratePluginData(await plugin.loadData());
  const state = new StoryState(parsePluginData(saved), (data) => plugin.saveData(serializePluginData(data)));
  if (notices.length > 0) {
    notices.forEach(notify);
    await state.update({});
  }
  return state;
}
