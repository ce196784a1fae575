import { type App, Modal, Setting } from 'obsidian';
import { messageText } from '@reelkit/core/models';
import type { GenerationPlan } from '../generation/plan-generation.js';

const usd = (value: number | undefined): string => (value === undefined ? 'unknown' : value < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`);

/** Shows exactly what will be sent (every message), why each entry is in it, what was left out, tokens and cost. */
class ContextPreviewModal extends Modal {
  private decided = false;

  constructor(
    app: App,
    private readonly plan: GenerationPlan,
    private readonly decide: (send: boolean) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl, plan } = this;
    const { context } = plan;
    this.setTitle(`${plan.task.name}: what will be sent`);
    contentEl.addClass('reelkit-story-bible', 'reelkit-preview');
    contentEl.createEl('p', {
      text: `About ${context.usage?.inputTokens ?? context.tokens} tokens in (${context.tokens} of them story bible, budget ${context.budgetTokens}), about ${context.usage?.outputTokens ?? 0} out. Estimated cost ${usd(context.cost?.usd)}${context.cost?.incomplete === true ? ' (no price known for this model)' : ''}.`,
    });
    const list = contentEl.createEl('ul', { cls: 'reelkit-preview-entries' });
    for (const entry of context.included) list.createEl('li', { text: `${entry.name}: ${entry.reason.text} (${entry.tokens} tokens)` });
    for (const entry of context.cut) list.createEl('li', { cls: 'reelkit-cut', text: `${entry.name}: left out, ${entry.why}` });
    for (const entry of context.skipped) list.createEl('li', { cls: 'reelkit-skipped', text: `${entry.name}: never sent (${entry.why})` });
    for (const message of plan.messages) {
      contentEl.createEl('h4', { text: message.role === 'system' ? `Instructions (prompt ${plan.task.prompt.id}, version ${plan.task.prompt.version})` : 'Message' });
      contentEl.createEl('pre', { cls: 'reelkit-preview-text', text: messageText(message) });
    }
    new Setting(contentEl)
      .addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((button) =>
        button
          .setButtonText('Send')
          .setCta()
          .onClick(() => {
            this.decided = true;
            this.decide(true);
            this.close();
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
    if (!this.decided) this.decide(false);
  }
}

/** Opens the preview; resolves true only when the writer presses Send. */
export function confirmContextPreview(app: App, plan: GenerationPlan): Promise<boolean> {
  return new Promise((resolve) => new ContextPreviewModal(app, plan, resolve).open());
}
