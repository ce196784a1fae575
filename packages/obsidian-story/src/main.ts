// Entry of the Obsidian plugin: it only wires features to Obsidian.
import { Notice, Plugin, requestUrl } from 'obsidian';
import { createStoryBible } from './bible/story-bible.js';
import { createAiTextMarker } from './host/ai-text-marker.js';
import { createBibleSync } from './host/bible-sync.js';
import { ChecksController } from './host/checks-controller.js';
import { EntrySuggest } from './host/entry-suggest.js';
import { FindingsView, findingsViewType } from './host/findings-view.js';
import { GenerationController } from './host/generation-controller.js';
import { HeatMapView, heatMapViewType } from './host/heat-map-view.js';
import { InThisSceneView, inThisSceneViewType } from './host/in-this-scene-view.js';
import { loadStoryState } from './host/load-story-state.js';
import { registerBibleEvents } from './host/register-bible-events.js';
import { registerCommands } from './host/register-commands.js';
import { createRequestUrlFetch } from './host/request-url-fetch.js';
import { revealView } from './host/reveal-view.js';
import { createSecretStore } from './host/secret-store.js';
import { StorySettingsTab } from './host/story-settings-tab.js';
import { createStorySession } from './host/story-session.js';
import { SuggestionView, suggestionViewType } from './host/suggestion-view.js';
import { defaultStorySettings, type StorySettings } from './story-settings.js';

/** Reelkit Story Bible. Obsidian loads the default export of `main.js`. */
export default class ReelkitStoryBiblePlugin extends Plugin {
  // Obsidian 1.13 declares `settings` on Plugin; typed here as the plugin's own.
  override settings: StorySettings = defaultStorySettings;

  override async onload(): Promise<void> {
    // A notice that stays until dismissed: a migrated setting asks the writer to act (e.g. choose a key).
    const state = await loadStoryState(this, (message) => new Notice(message, 0));
    this.settings = state.data.settings;
    const bible = createStoryBible(() => state.data.settings);
    const sync = createBibleSync(this.app.vault, bible);
    const marker = createAiTextMarker(this.app.vault);
    const highlight = (): void => document.body.toggleClass('reelkit-highlight-ai', state.data.settings.highlightAiText);
    // One session: one guard and call policy over the local-only-aware fetch, the install's keys, the settings' checks.
    const session = createStorySession({ fetch: createRequestUrlFetch(requestUrl), secrets: createSecretStore(this.app.secretStorage), adapter: this.app.vault.adapter, settings: () => state.data.settings });
    const generation = new GenerationController(this.app, bible, state, () => revealView(this.app.workspace, suggestionViewType), session, marker.forget);
    const checks = new ChecksController(bible, state, () => revealView(this.app.workspace, findingsViewType), session);

    registerBibleEvents(this, sync);
    this.registerView(inThisSceneViewType, (leaf) => new InThisSceneView(leaf, bible, sync));
    this.registerView(heatMapViewType, (leaf) => new HeatMapView(leaf, bible, sync));
    this.registerView(suggestionViewType, (leaf) => new SuggestionView(leaf, state, generation));
    this.registerView(findingsViewType, (leaf) => new FindingsView(leaf, state, bible));
    this.registerEditorSuggest(new EntrySuggest(this.app, bible));
    this.registerMarkdownPostProcessor(marker.process);
    registerCommands(this, generation, checks, () => state.data.settings.entriesFolder);
    highlight();
    this.register(() => document.body.removeClass('reelkit-highlight-ai'));

    this.addSettingTab(
      new StorySettingsTab(this.app, this, {
        read: () => state.data.settings,
        save: async (next) => {
          const folders = next.entriesFolder !== state.data.settings.entriesFolder || next.manuscriptFolder !== state.data.settings.manuscriptFolder;
          this.settings = next;
          await state.update({ settings: next });
          highlight();
          if (folders) {
            bible.clear();
            await sync.load();
          }
        },
      }),
    );
  }
}
