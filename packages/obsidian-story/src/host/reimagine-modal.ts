import { omitUndefined } from '@reelkit/core/runtime';
import { type App, Modal, Notice, Setting } from 'obsidian';

/** What to re-imagine a scene for; at least one is given. */
export interface ReimagineTarget {
  readonly genre?: string;
  readonly era?: string;
  readonly audience?: string;
}

/** Asks for a genre, an era and an audience (any of them), then runs the re-imagining. */
export class ReimagineModal extends Modal {
  private readonly target: Record<keyof ReimagineTarget, string | undefined> = { genre: undefined, era: undefined, audience: undefined };

  constructor(
    app: App,
    private readonly run: (target: ReimagineTarget) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('Re-imagine this scene');
    const field = (name: string, key: keyof ReimagineTarget, placeholder: string): void =>
      void new Setting(this.contentEl).setName(name).addText((text) => text.setPlaceholder(placeholder).onChange((value) => (this.target[key] = value.trim() || undefined)));
    field('Genre', 'genre', 'Film noir');
    field('Era', 'era', 'Present day');
    field('Audience', 'audience', 'Young readers');
    new Setting(this.contentEl).addButton((button) =>
      button
        .setButtonText('Continue')
        .setCta()
        .onClick(() => {
          if (this.target.genre === undefined && this.target.era === undefined && this.target.audience === undefined) {
            new Notice('Give a genre, an era or an audience.');
            return;
          }
          this.close();
          this.run(omitUndefined(this.target));
        }),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
