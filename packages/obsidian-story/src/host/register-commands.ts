import type { Plugin } from 'obsidian';
import { storyTasks } from '../generation/story-tasks.js';
import type { ChecksController } from './checks-controller.js';
import type { GenerationController } from './generation-controller.js';
import { findingsViewType } from './findings-view.js';
import { heatMapViewType } from './heat-map-view.js';
import { inThisSceneViewType } from './in-this-scene-view.js';
import { NewEntryModal } from './new-entry-modal.js';
import { revealView } from './reveal-view.js';
import { suggestionViewType } from './suggestion-view.js';
import { writeDisclosure } from './write-disclosure.js';

/** Every command of the plugin (no default hotkeys: the writer chooses them). */
export function registerCommands(plugin: Plugin, generation: GenerationController, checks: ChecksController, entriesFolder: () => string): void {
  const { app } = plugin;
  plugin.addCommand({ id: 'new-entry', name: 'New story-bible entry', callback: () => new NewEntryModal(app, entriesFolder).open() });
  for (const task of storyTasks) {
    plugin.addCommand({ id: `generate-${task.id}`, name: task.name, editorCallback: () => void generation.generate(task) });
  }
  plugin.addCommand({ id: 'cancel', name: 'Cancel the running generation or check', callback: () => (generation.cancel(), checks.cancel()) });
  const views: [string, string, string][] = [
    ['open-in-this-scene', 'Show entries in this scene', inThisSceneViewType],
    ['open-heat-map', 'Show the mention heat map', heatMapViewType],
    ['open-suggestions', 'Show AI suggestions and history', suggestionViewType],
    ['open-findings', 'Show story checks', findingsViewType],
  ];
  for (const [id, name, type] of views) plugin.addCommand({ id, name, callback: () => void revealView(app.workspace, type) });
  plugin.addCommand({ id: 'check-continuity', name: 'Check continuity (rules only, nothing sent)', callback: () => void checks.continuityRules() });
  plugin.addCommand({ id: 'check-continuity-model', name: 'Check continuity with the model', callback: () => void checks.continuityWithModel() });
  plugin.addCommand({
    id: 'write-disclosure',
    name: "Write the AI disclosure into this note's properties",
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      if (file === null || file.extension !== 'md') return false;
      if (!checking) void writeDisclosure(app.vault, app.fileManager, file);
      return true;
    },
  });
  plugin.addCommand({ id: 'check-bias', name: 'Check representation and language', callback: () => void checks.bias() });
}
