// Entry of the Obsidian plugin: it only wires features to Obsidian.
import { debounce, Notice, Platform, Plugin, requestUrl } from 'obsidian';
import { createStoryEmbeddings } from './ask/story-embeddings.js';
import { createStoryBible } from './bible/story-bible.js';
import { createAiTextMarker } from './host/ai-text-marker.js';
import { createDesktopFetch } from './host/desktop-fetch.js';
import { AskController } from './host/ask-controller.js';
import { AskView, askViewType } from './host/ask-view.js';
import { createBibleSync } from './host/bible-sync.js';
import { ChecksController } from './host/checks-controller.js';
import { EntrySuggest } from './host/entry-suggest.js';
import { ExtractController } from './host/extract-controller.js';
import { FindingsView, findingsViewType } from './host/findings-view.js';
import { FountainController } from './host/fountain-controller.js';
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
import { createHasher } from '@reelkit/core/runtime';
import { SuggestionView, suggestionViewType } from './host/suggestion-view.js';
import { createNoteVectorStore } from './storage/note-vector-store.js';
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
    const pluginDir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
    const embeddings = createStoryEmbeddings({ layout: () => state.data.settings, store: createNoteVectorStore(this.app.vault.adapter, `${pluginDir}/index`), hasher: createHasher() });
    const sync = createBibleSync(this.app.vault, bible, embeddings);
    const marker = createAiTextMarker(this.app.vault);
    const highlight = (): void => document.body.toggleClass('reelkit-highlight-ai', state.data.settings.highlightAiText);
    // One session: one guard and call policy over the local-only-aware fetch, the install's keys, the settings' checks.
    // Desktop streams through the window's fetch where the server allows it (CORS); requestUrl elsewhere and as the fallback.
    const requestUrlFetch = createRequestUrlFetch(requestUrl);
    const sessionFetch = Platform.isDesktopApp ? createDesktopFetch(window.fetch.bind(window), requestUrlFetch) : requestUrlFetch;
    const session = createStorySession({ fetch: sessionFetch, secrets: createSecretStore(this.app.secretStorage), adapter: this.app.vault.adapter, settings: () => state.data.settings });
    const revealSuggestions = (): Promise<void> => revealView(this.app.workspace, suggestionViewType);
    const generation = new GenerationController(this.app, bible, state, revealSuggestions, session, marker.forget);
    const checks = new ChecksController(bible, state, () => revealView(this.app.workspace, findingsViewType), session);
    const ask = new AskController(this.app, bible, state, embeddings, session);
    const extract = new ExtractController(this.app, bible, state, session, revealSuggestions);
    const fountain = new FountainController(this.app, bible, state, session, revealSuggestions);

    registerBibleEvents(this, sync);
    // Edits reach the ask index a little after the writer pauses, never on every autosave.
    this.register(sync.onChange(debounce(() => ask.refreshQuietly(), 10_000, true)));
    this.registerView(inThisSceneViewType, (leaf) => new InThisSceneView(leaf, bible, sync));
    this.registerView(heatMapViewType, (leaf) => new HeatMapView(leaf, bible, sync));
    this.registerView(suggestionViewType, (leaf) => new SuggestionView(leaf, state, generation, extract, fountain));
    this.registerView(askViewType, (leaf) => new AskView(leaf, state, ask));
    this.registerView(findingsViewType, (leaf) => new FindingsView(leaf, state, bible));
    this.registerEditorSuggest(new EntrySuggest(this.app, bible));
    this.registerMarkdownPostProcessor(marker.process);
    registerCommands(this, { generation, checks, ask, extract, fountain }, () => state.data.settings.entriesFolder);
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
            embeddings.clear();
            await sync.load();
          }
        },
      }),
    );
  }
}
