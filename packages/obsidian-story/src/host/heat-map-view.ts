import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { mentionHeatMap } from '../bible/mention-heat-map.js';
import type { StoryBible } from '../bible/story-bible.js';
import type { BibleSync } from './bible-sync.js';

/** View type id of the mention heat map. */
export const heatMapViewType = 'reelkit-heat-map';

/** Entries × scenes, each cell shaded by mention count (opacity from Obsidian's accent colour, so themes apply). */
export class HeatMapView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly bible: StoryBible,
    private readonly sync: BibleSync,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return heatMapViewType;
  }
  override getDisplayText(): string {
    return 'Mention heat map';
  }
  override getIcon(): string {
    return 'grid';
  }

  override async onOpen(): Promise<void> {
    this.register(this.sync.onChange(() => this.render()));
    this.render();
  }

  private render(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass('reelkit-story-bible');
    const map = mentionHeatMap(this.bible.entries(), this.bible.index());
    const table = root.createEl('table', { cls: 'reelkit-heat-map' });
    const head = table.createEl('tr');
    head.createEl('th', { text: 'Entry' });
    map.scenes.forEach((scene, column) => head.createEl('th', { text: String(column + 1), attr: { title: scene.label } }));
    for (const row of map.rows) {
      const line = table.createEl('tr');
      line.createEl('td', { text: row.name });
      row.counts.forEach((count, column) => {
        const cell = line.createEl('td', { cls: 'reelkit-heat-cell', text: count === 0 ? '' : String(count), attr: { title: `${row.name} in ${map.scenes[column]?.label ?? ''}: ${count}` } });
        cell.setCssProps({ '--reelkit-heat': map.max === 0 ? '0' : (count / map.max).toFixed(3) });
      });
    }
  }
}
