import { ItemView, type WorkspaceLeaf } from 'obsidian';
import type { StoryAnswer } from '../ask/run-question.js';
import { describeFinding } from '../generation/describe-finding.js';
import { usdText } from '../preview/usd-text.js';
import type { AskController } from './ask-controller.js';
import type { StoryState } from './story-state.js';

/** View type id of *Ask the story*. */
export const askViewType = 'reelkit-ask';

/** A chat with the story: questions, answers whose every statement links to the line it rests on. */
export class AskView extends ItemView {
  private draft = '';
  /** What the view last showed: other state changes (a generation streaming) leave the question box alone. */
  private shown = '';

  constructor(
    leaf: WorkspaceLeaf,
    private readonly state: StoryState,
    private readonly ask: AskController,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return askViewType;
  }
  override getDisplayText(): string {
    return 'Ask the story';
  }
  override getIcon(): string {
    return 'message-circle-question';
  }

  override async onOpen(): Promise<void> {
    this.register(
      this.state.subscribe(() => {
        if (this.signature() !== this.shown) this.render();
      }),
    );
    this.render();
  }

  private signature(): string {
    return `${this.state.answers.length}\n${this.state.answers[0]?.time ?? 0}\n${this.ask.status()}`;
  }

  private render(): void {
    this.shown = this.signature();
    const root = this.contentEl;
    root.empty();
    root.addClass('reelkit-story-bible', 'reelkit-ask');
    root.createEl('p', { cls: 'reelkit-meta', text: this.ask.status() });
    const input = root.createEl('textarea', { cls: 'reelkit-question', attr: { rows: '3', placeholder: 'Ask about the manuscript or the story bible' } });
    input.value = this.draft;
    input.addEventListener('input', () => (this.draft = input.value));
    // The question stays in the box until it is answered (a declined preview or an error keeps it).
    const send = (): void => {
      const question = this.draft;
      void this.ask.ask(question).then((answered) => {
        if (answered && this.draft === question) this.draft = '';
        this.render();
      });
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) send();
    });
    const buttons = root.createDiv({ cls: 'reelkit-buttons' });
    buttons.createEl('button', { text: 'Ask', cls: 'mod-cta' }).addEventListener('click', send);
    buttons.createEl('button', { text: 'Cancel' }).addEventListener('click', () => this.ask.cancel());
    buttons.createEl('button', { text: 'Update index' }).addEventListener('click', () => void this.ask.updateIndex().then(() => this.render()));
    root.createEl('p', { cls: 'reelkit-meta', text: 'Your question is embedded with the provider in the settings to find passages; the request with them is shown, with its cost, before it is sent.' });
    if (this.state.answers.length === 0) root.createEl('p', { cls: 'reelkit-empty', text: 'Answers cite the notes and lines they rest on; click a citation to open it.' });
    for (const answer of this.state.answers) this.renderAnswer(root.createDiv({ cls: 'reelkit-answer' }), answer);
  }

  private renderAnswer(card: HTMLElement, answer: StoryAnswer): void {
    card.createEl('h4', { text: answer.question });
    if (answer.statements.length === 0) card.createEl('p', { cls: 'reelkit-empty', text: 'The passages sent do not answer this.' });
    const list = card.createEl('ul');
    for (const statement of answer.statements) {
      const item = list.createEl('li', { text: `${statement.text} ` });
      const link = item.createEl('a', { cls: 'reelkit-citation', text: `${statement.citation.path}:${statement.citation.line + 1}`, attr: { title: statement.citation.quote } });
      link.addEventListener('click', () => void this.ask.openCitation(statement.citation));
    }
    for (const dropped of answer.dropped) card.createDiv({ cls: 'reelkit-meta reelkit-dropped', text: `Left out: “${dropped.text}”, because ${dropped.why}.` });
    for (const found of answer.findings) card.createDiv({ cls: `reelkit-finding reelkit-${found.severity}`, text: describeFinding(found).heading });
    card.createDiv({ cls: 'reelkit-meta', text: `${answer.modelId} · ${answer.usage.inputTokens ?? 0}+${answer.usage.outputTokens ?? 0} tokens · ${usdText(answer.cost.usd)}` });
  }
}
