import { AbortError, ReelkitError } from '@reelkit/core/errors';
import type { GuardedResult, GuardedTextModel } from '@reelkit/core/guard';
import { adaptChapter, reimagineScene, type FountainDraft } from '@reelkit/core/tasks/writing';
import { type App, MarkdownView, Notice } from 'obsidian';
import type { StoryBible } from '../bible/story-bible.js';
import { fountainPathFor, fountainSuggestion } from '../generation/fountain-suggestion.js';
import { addToHistory, markInHistory } from '../generation/generation-history.js';
import { previewGate } from '../generation/preview-gate.js';
import { createSuggestionTarget } from '../generation/suggestion-target.js';
import { requestPreview } from '../preview/request-preview.js';
import { editorSelection } from './editor-selection.js';
import { ReimagineModal, type ReimagineTarget } from './reimagine-modal.js';
import { saveFountain } from './save-fountain.js';
import { confirmSendPreview } from './send-preview-modal.js';
import type { StorySession } from './story-session.js';
import type { StoryState } from './story-state.js';

/** Runs the core's Fountain tasks on a chapter: adaptation to Fountain scenes, and re-imagining for a genre, era or audience. */
export class FountainController {
  private running: AbortController | undefined;

  constructor(
    private readonly app: App,
    private readonly bible: StoryBible,
    private readonly state: StoryState,
    private readonly session: StorySession,
    private readonly revealSuggestions: () => Promise<void>,
  ) {}

  /** The chapter (`adaptChapter`) as Fountain scenes, offered as a new `.fountain` file beside it. */
  adapt(): Promise<void> {
    return this.run('adapt-chapter', 'Adapt this chapter as Fountain', async (model, signal, scene) => adaptChapter({ model, signal }, { chapter: scene.body, title: scene.title, hasher: this.session.guard.runtime.hasher }), false);
  }

  /** The selection, or the whole chapter, re-imagined (`reimagineScene`); offered for the note and as a `.fountain` file. */
  reimagine(): void {
    new ReimagineModal(this.app, (target: ReimagineTarget) => {
      const suffix = [target.genre, target.era, target.audience].filter((part) => part !== undefined).join(' ');
      void this.run('reimagine', 'Re-imagine this scene', (model, signal, scene, selected) => reimagineScene({ model, signal }, { scene: selected || scene.body, ...target }), true, suffix);
    }).open();
  }

  private async run(taskId: string, title: string, task: (model: GuardedTextModel, signal: AbortSignal, scene: { body: string; title: string }, selected: string) => Promise<GuardedResult<FountainDraft>>, inNote: boolean, suffix = ''): Promise<void> {
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    const scene = view?.file ? this.bible.sceneAt(view.file.path) : undefined;
    if (view === null || scene === undefined) {
      new Notice(`Open a chapter from the "${this.state.data.settings.manuscriptFolder}" folder first.`);
      return;
    }
    const noteText = view.editor.getValue();
    const { from, to } = inNote ? editorSelection(view.editor) : { from: noteText.length, to: noteText.length };
    this.running = new AbortController();
    let notice: Notice | undefined;
    try {
      const call = await this.session.open();
      const model = previewGate(await call.forNote(scene.path), async (request) => {
        const send = await confirmSendPreview(this.app, requestPreview(title, request, call.model));
        if (send) notice = new Notice(`${title}…`, 0);
        return send;
      });
      const result = await task(model, this.running.signal, scene, noteText.slice(from, to));
      const pending = fountainSuggestion(result, { taskId, target: createSuggestionTarget(scene.path, noteText, from, to), saveAs: fountainPathFor(scene.path, suffix), inNote, time: this.session.guard.runtime.now() });
      this.state.pending = [pending, ...this.state.pending];
      await this.state.update({ history: addToHistory(this.state.data.history, pending.record) });
      await this.revealSuggestions();
    } catch (error) {
      if (!(error instanceof AbortError)) new Notice(ReelkitError.isInstance(error) || error instanceof Error ? error.message : `${title} failed.`);
    } finally {
      notice?.hide();
      this.running = undefined;
    }
  }

  /** Saves a Fountain suggestion as a new file (never over one), recorded as placed in that file's ledger. */
  async save(id: string): Promise<void> {
    const pending = this.state.pending.find((candidate) => candidate.record.id === id);
    if (pending === undefined) return;
    const saved = await saveFountain(this.app.vault, pending, (path) => this.session.recorder(path));
    if (!saved.ok) {
      new Notice(`Not saved: ${saved.conflict}`);
      return;
    }
    this.state.pending = this.state.pending.filter((candidate) => candidate !== pending);
    await this.state.update({ history: markInHistory(this.state.data.history, id, 'saved') });
    new Notice(`Saved ${pending.saveAs ?? ''}.`);
  }

  /** Stops a running adaptation or re-imagining; its late answer is dropped. */
  cancel(): void {
    this.running?.abort(new Error('Cancelled.'));
  }
}
