import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { describeFinding } from '../generation/describe-finding.js';
import type { GenerationController } from './generation-controller.js';
import type { StoryState } from './story-state.js';

/** View type id of the suggestions and history view. */
export const suggestionViewType = 'reelkit-suggestions';

/** Results waiting for the writer (accept, insert, replace, dismiss) and the history of generations. */
export class SuggestionView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly state: StoryState,
    private readonly generation: GenerationController,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return suggestionViewType;
  }
  override getDisplayText(): string {
    return 'AI suggestions';
  }
  override getIcon(): string {
    return 'sparkles';
  }

  override async onOpen(): Promise<void> {
    this.register(this.state.subscribe(() => this.render()));
    this.render();
  }

  private render(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass('reelkit-story-bible');
    if (this.state.pending.length === 0) root.createEl('p', { cls: 'reelkit-empty', text: 'No suggestions waiting. Run a generation command from a scene.' });
    for (const pending of this.state.pending) {
      const card = root.createDiv({ cls: 'reelkit-suggestion' });
      const { record } = pending;
      card.createDiv({ cls: 'reelkit-meta', text: `${record.taskId} · ${record.notePath} · ${record.inputTokens}+${record.outputTokens} tokens · $${record.usd.toFixed(4)}` });
      card.createEl('blockquote', { text: record.text });
      // The guard's findings on this output: language lint, moderation, originality, a ledger that could not record.
      for (const found of pending.findings) {
        const lines = describeFinding(found);
        const item = card.createDiv({ cls: `reelkit-finding reelkit-${found.severity}`, text: lines.heading });
        for (const detail of lines.details) item.createDiv({ cls: 'reelkit-meta', text: detail });
      }
      const buttons = card.createDiv({ cls: 'reelkit-buttons' });
      const button = (label: string, action: () => Promise<void>, cta = false): void => {
        const element = buttons.createEl('button', { text: label, cls: cta ? 'mod-cta' : '' });
        element.addEventListener('click', () => void action());
      };
      button('Accept', () => this.generation.apply(record.id, pending.defaultApply), true);
      button('Insert', () => this.generation.apply(record.id, 'insert'));
      if (pending.target.original !== '') button('Replace selection', () => this.generation.apply(record.id, 'replace'));
      button('Dismiss', () => this.generation.dismiss(record.id));
    }
    root.createEl('h4', { text: 'History' });
    const list = root.createEl('ul', { cls: 'reelkit-history' });
    for (const record of this.state.data.history.slice(0, 30)) {
      list.createEl('li', { text: `${new Date(record.time).toLocaleString()} · ${record.taskId} · ${record.status} · ${record.modelId} · $${record.usd.toFixed(4)}`, attr: { title: record.text } });
    }
  }
}
