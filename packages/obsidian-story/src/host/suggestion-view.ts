import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { describeFinding } from '../generation/describe-finding.js';
import type { BibleProposal } from '../extract/bible-proposal.js';
import type { ExtractController } from './extract-controller.js';
import type { FountainController } from './fountain-controller.js';
import type { GenerationController } from './generation-controller.js';
import type { StoryState } from './story-state.js';

/** View type id of the suggestions and history view. */
export const suggestionViewType = 'reelkit-suggestions';

/** Results waiting for the writer (accept, insert, replace, dismiss), story-bible proposals, and the history of generations. */
export class SuggestionView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly state: StoryState,
    private readonly generation: GenerationController,
    private readonly extraction: ExtractController,
    private readonly fountain: FountainController,
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
    const { streaming } = this.state;
    if (streaming !== undefined) {
      const card = root.createDiv({ cls: 'reelkit-suggestion reelkit-streaming' });
      card.createDiv({ cls: 'reelkit-meta', text: `${streaming.name} · ${streaming.notePath} · writing…` });
      card.createEl('blockquote', { text: streaming.text });
      card.createEl('button', { text: 'Stop' }).addEventListener('click', () => this.generation.cancel());
    }
    if (streaming === undefined && this.state.pending.length === 0 && this.state.proposals.length === 0) root.createEl('p', { cls: 'reelkit-empty', text: 'No suggestions waiting. Run a generation command from a scene.' });
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
      if (pending.saveAs !== undefined) button(`Save as ${pending.saveAs}`, () => this.fountain.save(record.id), pending.inNote === false);
      if (pending.inNote !== false) {
        button('Accept', () => this.generation.apply(record.id, pending.defaultApply), true);
        button('Insert', () => this.generation.apply(record.id, 'insert'));
        if (pending.target.original !== '') button('Replace selection', () => this.generation.apply(record.id, 'replace'));
      }
      button('Dismiss', () => this.generation.dismiss(record.id));
    }
    if (this.state.proposals.length > 0) root.createEl('h4', { text: 'Story-bible proposals' });
    for (const proposal of this.state.proposals) this.renderProposal(root.createDiv({ cls: 'reelkit-suggestion' }), proposal);
    root.createEl('h4', { text: 'History' });
    const list = root.createEl('ul', { cls: 'reelkit-history' });
    for (const record of this.state.data.history.slice(0, 30)) {
      list.createEl('li', { text: `${new Date(record.time).toLocaleString()} · ${record.taskId} · ${record.status} · ${record.modelId} · $${record.usd.toFixed(4)}`, attr: { title: record.text } });
    }
  }

  private renderProposal(card: HTMLElement, proposal: BibleProposal): void {
    if (proposal.kind === 'entry') {
      card.createDiv({ cls: 'reelkit-meta', text: `New ${proposal.type}${proposal.aliases.length > 0 ? ` · also ${proposal.aliases.join(', ')}` : ''}` });
      card.createEl('strong', { text: proposal.name });
      card.createEl('p', { text: proposal.description });
    } else {
      card.createDiv({ cls: 'reelkit-meta', text: `New fact for ${proposal.entryName}` });
      card.createEl('p', { text: proposal.fact });
    }
    const source = card.createEl('blockquote', { text: proposal.quote });
    const link = source.createEl('a', { cls: 'reelkit-citation', text: ` ${proposal.scenePath}:${proposal.line + 1}` });
    link.addEventListener('click', () => void this.extraction.showSource(proposal));
    const buttons = card.createDiv({ cls: 'reelkit-buttons' });
    buttons.createEl('button', { text: proposal.kind === 'entry' ? 'Create entry' : 'Add to entry', cls: 'mod-cta' }).addEventListener('click', () => void this.extraction.accept(proposal.id));
    buttons.createEl('button', { text: 'Dismiss' }).addEventListener('click', () => this.extraction.dismiss(proposal.id));
  }
}
