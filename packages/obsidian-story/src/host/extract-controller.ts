import { ReelkitError } from '@reelkit/core/errors';
import { type App, MarkdownView, Notice } from 'obsidian';
import type { StoryBible } from '../bible/story-bible.js';
import type { BibleProposal } from '../extract/bible-proposal.js';
import { planExtraction } from '../extract/plan-extraction.js';
import { runExtraction } from '../extract/run-extraction.js';
import { extractionPreview } from '../preview/extraction-preview.js';
import { acceptProposal } from './accept-proposal.js';
import { openNoteAtLine } from './open-note-at-line.js';
import { confirmSendPreview } from './send-preview-modal.js';
import type { StorySession } from './story-session.js';
import type { StoryState } from './story-state.js';

/** Runs "Extract entries": plan per chapter → preview and consent → guarded requests → proposals accepted one by one. */
export class ExtractController {
  private running: AbortController | undefined;

  constructor(
    private readonly app: App,
    private readonly bible: StoryBible,
    private readonly state: StoryState,
    private readonly session: StorySession,
    private readonly revealProposals: () => Promise<void>,
  ) {}

  /** Proposes entries and facts from the open chapter, or from every scene of the manuscript. */
  async extract(scope: 'chapter' | 'manuscript'): Promise<void> {
    const active = this.app.workspace.getActiveViewOfType(MarkdownView)?.file;
    const scenes = scope === 'manuscript' ? this.bible.scenes() : [active ? this.bible.sceneAt(active.path) : undefined].flatMap((scene) => scene ?? []);
    if (scenes.length === 0) {
      new Notice(scope === 'chapter' ? `Open a chapter from the "${this.state.data.settings.manuscriptFolder}" folder first.` : 'The manuscript folder has no scenes.');
      return;
    }
    let notice: Notice | undefined;
    try {
      const call = await this.session.open();
      const index = this.bible.index();
      const order = index.sections.map((section) => section.id);
      const plans = scenes.map((scene) => planExtraction(scene, index.sections.find((section) => section.id === scene.id), this.bible.entries(), order, call.model));
      if (!(await confirmSendPreview(this.app, extractionPreview(plans)))) return;
      notice = new Notice('Extracting entries…', 0);
      this.running = new AbortController();
      let dropped = 0;
      for (const [position, plan] of plans.entries()) {
        notice.setMessage(`Extracting entries: chapter ${position + 1} of ${plans.length}…`);
        const file = this.app.vault.getFileByPath(plan.scene.path);
        if (file === null) continue;
        const result = await runExtraction(plan, { model: await call.forNote(plan.scene.path), noteText: await this.app.vault.cachedRead(file), entryNotes: this.bible.entryNotes(), pending: this.state.proposals, signal: this.running.signal });
        this.state.proposals = [...this.state.proposals, ...result.proposals];
        dropped += result.dropped.length;
        this.state.changed();
      }
      new Notice(`${this.state.proposals.length} proposals waiting${dropped > 0 ? `; ${dropped} left out (a line not in the chapter, or already in the bible)` : ''}.`);
      await this.revealProposals();
    } catch (error) {
      new Notice(ReelkitError.isInstance(error) || error instanceof Error ? error.message : 'The extraction failed.');
    } finally {
      notice?.hide();
      this.running = undefined;
    }
  }

  /** Stops a running extraction after the current chapter. */
  cancel(): void {
    this.running?.abort(new Error('Cancelled.'));
  }

  /** Writes an accepted proposal into the bible (with its source link) and takes it off the list. */
  async accept(id: string): Promise<void> {
    const proposal = this.state.proposals.find((candidate) => candidate.id === id);
    if (proposal === undefined) return;
    const result = await acceptProposal(this.app.vault, this.state.data.settings.entriesFolder, proposal, (path) => this.session.recorder(path));
    if (!result.ok) {
      new Notice(`Not written: ${result.conflict}`);
      return;
    }
    this.dismiss(id);
  }

  /** Drops a proposal; nothing was written for it. */
  dismiss(id: string): void {
    this.state.proposals = this.state.proposals.filter((candidate) => candidate.id !== id);
    this.state.changed();
  }

  /** Opens the chapter a proposal comes from at its line. */
  showSource(proposal: BibleProposal): Promise<void> {
    return openNoteAtLine(this.app, proposal.scenePath, proposal.line);
  }
}
