import type { Plugin } from 'obsidian';
import { storyTasks } from '../generation/story-tasks.js';
import type { AskController } from './ask-controller.js';
import { askViewType } from './ask-view.js';
import type { ChecksController } from './checks-controller.js';
import type { ExtractController } from './extract-controller.js';
import type { FountainController } from './fountain-controller.js';
import type { GenerationController } from './generation-controller.js';
import { findingsViewType } from './findings-view.js';
import { heatMapViewType } from './heat-map-view.js';
import { inThisSceneViewType } from './in-this-scene-view.js';
import { NewEntryModal } from './new-entry-modal.js';
import { PromptTaskModal } from './prompt-task-modal.js';
import { revealView } from './reveal-view.js';
import { suggestionViewType } from './suggestion-view.js';
import { writeDisclosure } from './write-disclosure.js';

/** The controllers the commands run. */
export interface StoryControllers {
  readonly generation: GenerationController;
  readonly checks: ChecksController;
  readonly ask: AskController;
  readonly extract: ExtractController;
  readonly fountain: FountainController;
}

/** Every command of the plugin (no default hotkeys: the writer chooses them). */
export function registerCommands(plugin: Plugin, controllers: StoryControllers, entriesFolder: () => string): void {
  const { app } = plugin;
  const { generation, checks, ask, extract, fountain } = controllers;
  plugin.addCommand({ id: 'new-entry', name: 'New story-bible entry', callback: () => new NewEntryModal(app, entriesFolder).open() });
  for (const task of storyTasks) {
    plugin.addCommand({ id: `generate-${task.id}`, name: task.name, editorCallback: () => void generation.generate(task) });
  }
  plugin.addCommand({
    id: 'run-prompt',
    name: 'Run a prompt…',
    editorCallback: () => void generation.tasks().then((tasks) => new PromptTaskModal(app, tasks, (task) => void generation.generate(task)).open()),
  });
  plugin.addCommand({ id: 'cancel', name: 'Cancel the running generation or check', callback: () => (generation.cancel(), checks.cancel(), ask.cancel(), extract.cancel(), fountain.cancel()) });
  plugin.addCommand({ id: 'adapt-chapter', name: 'Adapt this chapter as screenplay scenes', editorCallback: () => void fountain.adapt() });
  plugin.addCommand({ id: 'reimagine-scene', name: 'Re-imagine this scene for a genre, era or audience', editorCallback: () => fountain.reimagine() });
  plugin.addCommand({ id: 'update-ask-index', name: 'Update the story index for questions', callback: () => void ask.updateIndex() });
  plugin.addCommand({ id: 'extract-entries-chapter', name: 'Extract entries from this chapter', callback: () => void extract.extract('chapter') });
  plugin.addCommand({ id: 'extract-entries-manuscript', name: 'Extract entries from the whole manuscript', callback: () => void extract.extract('manuscript') });
  const views: [string, string, string][] = [
    ['open-in-this-scene', 'Show entries in this scene', inThisSceneViewType],
    ['open-heat-map', 'Show the mention heat map', heatMapViewType],
    ['open-suggestions', 'Show AI suggestions and history', suggestionViewType],
    ['open-findings', 'Show story checks', findingsViewType],
    ['open-ask', 'Ask the story', askViewType],
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
