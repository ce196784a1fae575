import type { StoryEntryType } from '@reelkit/core/story';
import { type App, Modal, Notice, Setting } from 'obsidian';
import { newEntryNote } from '../bible/new-entry-note.js';

const typeLabels: Record<StoryEntryType, string> = { character: 'Character', location: 'Location', object: 'Object', lore: 'Lore', other: 'Other' };

/** Asks for a type and a name, then creates the entry note from its template and opens it. */
export class NewEntryModal extends Modal {
  private type: StoryEntryType = 'character';
  private name = '';

  constructor(
    app: App,
    private readonly folder: () => string,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('New story-bible entry');
    new Setting(this.contentEl).setName('Type').addDropdown((dropdown) => dropdown.addOptions(typeLabels).setValue(this.type).onChange((value) => (this.type = value as StoryEntryType)));
    new Setting(this.contentEl).setName('Name').addText((text) => text.setPlaceholder('Full name').onChange((value) => (this.name = value.trim())));
    new Setting(this.contentEl).addButton((button) => button.setButtonText('Create').setCta().onClick(() => void this.create()));
  }

  private async create(): Promise<void> {
    if (this.name === '') {
      new Notice('Give the entry a name.');
      return;
    }
    const note = newEntryNote(this.folder(), this.type, this.name);
    if (this.app.vault.getFileByPath(note.path) !== null) {
      new Notice(`${note.path} already exists; it was left as it is.`);
      return;
    }
    const folder = note.path.slice(0, note.path.lastIndexOf('/'));
    if (folder !== '' && this.app.vault.getFolderByPath(folder) === null) await this.app.vault.createFolder(folder);
    const file = await this.app.vault.create(note.path, note.text);
    this.close();
    await this.app.workspace.getLeaf(false).openFile(file);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
