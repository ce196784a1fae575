import { type App, Modal, Setting } from 'obsidian';
import type { SendPreview } from '../preview/send-preview.js';

/** Shows exactly what will be sent (every message), why each part is in it, what was left out, tokens and cost. */
class SendPreviewModal extends Modal {
  private decided = false;

  constructor(
    app: App,
    private readonly preview: SendPreview,
    private readonly decide: (send: boolean) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl, preview } = this;
    this.setTitle(preview.title);
    contentEl.addClass('reelkit-story-bible', 'reelkit-preview');
    contentEl.createEl('p', { text: preview.summary });
    const list = contentEl.createEl('ul', { cls: 'reelkit-preview-entries' });
    for (const row of preview.rows) list.createEl('li', { text: row.text, ...(row.left === undefined ? {} : { cls: `reelkit-${row.left}` }) });
    for (const message of preview.messages) {
      contentEl.createEl('h4', { text: message.heading });
      contentEl.createEl('pre', { cls: 'reelkit-preview-text', text: message.text });
    }
    new Setting(contentEl)
      .addButton((button) => button.setButtonText('Cancel').onClick(() => this.close()))
      .addButton((button) =>
        button
          .setButtonText(preview.confirm ?? 'Send')
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

/** Opens the preview; resolves true only when the writer presses the send button. */
export function confirmSendPreview(app: App, preview: SendPreview): Promise<boolean> {
  return new Promise((resolve) => new SendPreviewModal(app, preview, resolve).open());
}
