import { ReelkitError } from '@reelkit/core/errors';
import { type App, Notice } from 'obsidian';
import { askLedgerName } from '../ask/ask-ledger.js';
import { prepareQuestion } from '../ask/prepare-question.js';
import { runQuestion } from '../ask/run-question.js';
import type { StoryEmbeddings } from '../ask/story-embeddings.js';
import type { Citation } from '../ask/verify-answer.js';
import type { StoryBible } from '../bible/story-bible.js';
import { indexPreview } from '../preview/index-preview.js';
import { openNoteAtLine } from './open-note-at-line.js';
import { confirmSendPreview } from './send-preview-modal.js';
import type { StorySession } from './story-session.js';
import type { StoryState } from './story-state.js';

/** Most passages re-embedded without asking, once the writer agreed to index with the model (a paste, a new scene). */
export const quietEmbedLimit = 50;

const messageOf = (error: unknown, fallback: string): string => (ReelkitError.isInstance(error) || error instanceof Error ? error.message : fallback);

/** Runs *Ask the story*: keeps the index current, plans a question, previews it, sends it and shows the checked answer. */
export class AskController {
  private running: AbortController | undefined;

  constructor(
    private readonly app: App,
    private readonly bible: StoryBible,
    private readonly state: StoryState,
    private readonly embeddings: StoryEmbeddings,
    private readonly session: StorySession,
  ) {}

  /** What the view says about the index. */
  status(): string {
    const passages = this.embeddings.passages().length;
    const waiting = this.embeddings.waiting();
    if (passages === 0) return 'The story is not indexed yet: the first question (or Update index) builds the index, after a preview.';
    return `${passages} passages indexed${waiting > 0 ? `; ${waiting} ${waiting === 1 ? 'note' : 'notes'} changed since` : ''}.`;
  }

  /**
   * Embeds what changed. Asks first (with a preview of what is sent) for a model the writer has not agreed to, or
   * for more than `quietEmbedLimit` passages; `quiet` updates (after edits) never ask, and skip instead.
   */
  async updateIndex(quiet = false): Promise<boolean> {
    if (quiet && this.state.data.embeddingConsent === '') return false;
    const embedder = await this.session.openEmbedding();
    const plan = await this.embeddings.plan(embedder.modelKey);
    if (plan.passages.length > 0 && (this.state.data.embeddingConsent !== embedder.modelKey || plan.passages.length > quietEmbedLimit)) {
      if (quiet || !(await confirmSendPreview(this.app, indexPreview(plan, embedder.model)))) return false;
      await this.state.update({ embeddingConsent: embedder.modelKey });
    }
    const notice = plan.passages.length > quietEmbedLimit ? new Notice('Indexing the story…', 0) : undefined;
    this.running = new AbortController();
    try {
      await this.embeddings.refresh(embedder.modelKey, { ...embedder, signal: this.running.signal, progress: (done, total) => notice?.setMessage(`Indexing the story: ${done} of ${total} passages…`) });
    } finally {
      notice?.hide();
      this.running = undefined;
      this.state.changed();
    }
    return true;
  }

  /** Updates the index after edits, silently; failures wait for the next question, which reports them. */
  refreshQuietly(): void {
    void this.updateIndex(true).catch(() => undefined);
  }

  /** Answers a question: index update, plan, preview and consent, guarded request, citations checked. True once answered. */
  async ask(question: string): Promise<boolean> {
    if (question.trim() === '') return false;
    try {
      if (!(await this.updateIndex())) return false;
      const call = await this.session.open();
      const embedder = await this.session.openEmbedding();
      const plan = await prepareQuestion({ question, bible: this.bible, embeddings: this.embeddings, embedder, budgetTokens: this.state.data.settings.contextBudgetTokens, model: call.model });
      if (!(await confirmSendPreview(this.app, plan.preview))) return false;
      this.running = new AbortController();
      const notice = new Notice('Asking the story…', 0);
      try {
        const answer = await runQuestion(plan, { model: await call.forNote(askLedgerName), noteText: (path) => this.embeddings.noteText(path), now: this.session.guard.runtime.now, signal: this.running.signal });
        this.state.answers = [answer, ...this.state.answers].slice(0, 50);
        this.state.changed();
        return true;
      } finally {
        notice.hide();
        this.running = undefined;
      }
    } catch (error) {
      new Notice(messageOf(error, 'The question could not be answered.'));
      return false;
    }
  }

  /** Stops a running question or index update; Obsidian's request cannot be stopped, so its late answer is dropped. */
  cancel(): void {
    this.running?.abort(new Error('Cancelled.'));
  }

  /** Opens a citation's note at its line. */
  openCitation(citation: Citation): Promise<void> {
    return openNoteAtLine(this.app, citation.path, citation.line);
  }
}
