import { ItemView, MarkdownView, type WorkspaceLeaf } from 'obsidian';
import { sceneMentions } from '../bible/scene-mentions.js';
import type { StoryBible } from '../bible/story-bible.js';
import type { BibleSync } from './bible-sync.js';

/** View type id of "In this scene". */
export const inThisSceneViewType = 'reelkit-in-this-scene';

/** The entries the open scene mentions, with counts and the progressions in force there; click to jump. */
export class InThisSceneView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly bible: StoryBible,
    private readonly sync: BibleSync,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return inThisSceneViewType;
  }
  override getDisplayText(): string {
    return 'In this scene';
  }
  override getIcon(): string {
    return 'users';
  }

  override async onOpen(): Promise<void> {
    this.register(this.sync.onChange(() => this.render()));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.render()));
    this.render();
  }

  private render(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass('reelkit-story-bible');
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    const scene = view?.file ? this.bible.sceneAt(view.file.path) : undefined;
    if (view === null || scene === undefined) {
      root.createEl('p', { cls: 'reelkit-empty', text: 'Open a scene to see who and what it mentions.' });
      return;
    }
    root.createEl('h4', { text: scene.title });
    const entryPaths = new Map(this.bible.entryNotes().map((note) => [note.entry.id, note.path]));
    for (const item of sceneMentions(this.bible.entries(), this.bible.index(), scene.id)) {
      const row = root.createDiv({ cls: 'reelkit-mention' });
      const link = row.createEl('a', { text: item.name, cls: 'reelkit-entry-link' });
      link.addEventListener('click', () => {
        const path = entryPaths.get(item.entryId);
        if (path !== undefined) void this.app.workspace.openLinkText(path, '', false);
      });
      row.createSpan({ cls: 'reelkit-meta', text: ` ${item.type} · ${item.count}×` });
      const jump = row.createEl('button', { text: 'First mention', cls: 'reelkit-jump' });
      jump.addEventListener('click', () => view.editor.setCursor(view.editor.offsetToPos(scene.bodyOffset + item.firstAt)));
      if (item.progressions.length > 0) {
        const list = row.createEl('ul');
        for (const progression of item.progressions) list.createEl('li', { text: progression });
      }
    }
  }
}
