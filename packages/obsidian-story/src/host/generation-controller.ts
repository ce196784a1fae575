import { ReelkitError } from '@reelkit/core/errors';
import { type App, MarkdownView, Notice } from 'obsidian';
import type { StoryBible } from '../bible/story-bible.js';
import type { ApplyMode } from '../generation/apply-suggestion.js';
import { addToHistory, markInHistory } from '../generation/generation-history.js';
import { planGeneration } from '../generation/plan-generation.js';
import { runGeneration } from '../generation/run-generation.js';
import type { StoryTask } from '../generation/story-tasks.js';
import { loadPromptNotes } from '../prompts/load-prompt-notes.js';
import { storyTaskChoice } from '../prompts/story-task-choice.js';
import { generationPreview } from '../preview/generation-preview.js';
import { acceptSuggestion } from './accept-suggestion.js';
import { editorSelection } from './editor-selection.js';
import { confirmSendPreview } from './send-preview-modal.js';
import type { StorySession } from './story-session.js';
import type { StoryState } from './story-state.js';

/** Runs generation commands: plan → preview and consent → guarded call → suggestion view → apply on request. */
export class GenerationController {
  private running: AbortController | undefined;

  constructor(
    private readonly app: App,
    private readonly bible: StoryBible,
    private readonly state: StoryState,
    private readonly revealSuggestions: () => Promise<void>,
    /** The session: its guard's checks run on every generation, recorded into each note's own ledger. */
    private readonly session: StorySession,
    /** Called with a note path after AI text is placed in it (the reading-view marker re-reads its ledger). */
    private readonly placed: (notePath: string) => void = () => undefined,
  ) {}

  /** The tasks on offer: the built-ins, replaced or joined by the writer's prompt notes (a broken note says why). */
  async tasks(): Promise<StoryTask[]> {
    const readings = await loadPromptNotes(this.app.vault, this.state.data.settings.promptsFolder);
    for (const reading of readings) if (!reading.ok) new Notice(`The prompt note ${reading.path} is not used: ${reading.problem}.`);
    return storyTaskChoice(readings.flatMap((reading) => (reading.ok ? [reading.note] : [])), this.session.guard.runtime.hasher);
  }

  /**
   * Plans, previews and (with consent) runs a task at the active editor's cursor or selection. A built-in runs with
   * the prompt note that replaces it, when the prompts folder has one.
   */
  async generate(chosen: StoryTask): Promise<void> {
    const task = chosen.source === 'built-in' ? ((await this.tasks()).find((candidate) => candidate.id === chosen.id) ?? chosen) : chosen;
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    const file = view?.file;
    const scene = file ? this.bible.sceneAt(file.path) : undefined;
    if (view === null || file === null || file === undefined || scene === undefined) {
      new Notice(`Open a scene from the "${this.state.data.settings.manuscriptFolder}" folder first.`);
      return;
    }
    const { from, to } = editorSelection(view.editor);
    if (task.needsSelection && from === to) {
      new Notice('Select the passage first.');
      return;
    }
    const settings = this.state.data.settings;
    try {
      const call = await this.session.open();
      const plan = planGeneration({ task, entries: this.bible.entries(), index: this.bible.index(), scene, noteText: view.editor.getValue(), from, to, budgetTokens: settings.contextBudgetTokens, model: call.model });
      if (!(await confirmSendPreview(this.app, generationPreview(plan)))) return;
      this.running = new AbortController();
      const notice = new Notice(`${task.name}…`, 0);
      const now = this.session.guard.runtime.now;
      let shown = 0;
      // The suggestion view shows the text as it arrives, re-drawn at most every 100 ms.
      const onText = (text: string): void => {
        this.state.streaming = { name: task.name, notePath: file.path, text };
        if (now() - shown < 100) return;
        shown = now();
        this.state.changed();
      };
      try {
        await this.revealSuggestions();
        const pending = await runGeneration(plan, { model: await call.forNote(file.path), now, signal: this.running.signal, onText });
        this.state.pending = [pending, ...this.state.pending];
        await this.state.update({ history: addToHistory(this.state.data.history, pending.record) });
        await this.revealSuggestions();
      } finally {
        notice.hide();
        this.running = undefined;
        this.state.streaming = undefined;
        this.state.changed();
      }
    } catch (error) {
      new Notice(ReelkitError.isInstance(error) || error instanceof Error ? error.message : 'The generation failed.');
    }
  }

  /** Stops the running generation: on desktop the request itself; through `requestUrl` its late answer is dropped. */
  cancel(): void {
    this.running?.abort(new Error('Cancelled.'));
  }

  /** Applies a pending suggestion with the writer's chosen mode; a conflict is reported, the note left as it is. */
  async apply(id: string, mode: ApplyMode): Promise<void> {
    const pending = this.state.pending.find((candidate) => candidate.record.id === id);
    if (pending === undefined) return;
    const recorder = await this.session.recorder(pending.target.notePath);
    const result = await acceptSuggestion(this.app.vault, recorder, pending, mode);
    if (!result.ok) {
      new Notice(`Not applied: ${result.conflict}`);
      return;
    }
    await recorder.checkpoint();
    this.placed(pending.target.notePath);
    this.state.pending = this.state.pending.filter((candidate) => candidate !== pending);
    await this.state.update({ history: markInHistory(this.state.data.history, id, mode === 'replace' ? 'replaced' : 'inserted') });
  }

  /** Drops a pending suggestion (it stays in the history and the ledger as generated, never placed). */
  async dismiss(id: string): Promise<void> {
    this.state.pending = this.state.pending.filter((candidate) => candidate.record.id !== id);
    await this.state.update({ history: markInHistory(this.state.data.history, id, 'dismissed') });
  }
}
