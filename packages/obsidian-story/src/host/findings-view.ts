import { ItemView, type WorkspaceLeaf } from 'obsidian';
import { findingKey, withoutDismissed } from '../bias/dismissed-findings.js';
import type { StoryBible } from '../bible/story-bible.js';
import type { StoryState } from './story-state.js';

/** View type id of the findings view. */
export const findingsViewType = 'reelkit-findings';

/** Continuity and bias findings: advisory, each with its evidence and a dismiss button that is remembered. */
export class FindingsView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly state: StoryState,
    private readonly bible: StoryBible,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return findingsViewType;
  }
  override getDisplayText(): string {
    return 'Story checks';
  }
  override getIcon(): string {
    return 'list-checks';
  }

  override async onOpen(): Promise<void> {
    this.register(this.state.subscribe(() => this.render()));
    this.render();
  }

  private render(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass('reelkit-story-bible');
    const shown = withoutDismissed(this.state.findings, new Set(this.state.data.dismissed));
    if (shown.length === 0) root.createEl('p', { cls: 'reelkit-empty', text: 'Nothing to report. Run a continuity or bias check.' });
    const scenes = new Map(this.bible.scenes().map((scene) => [scene.id, scene]));
    for (const found of shown) {
      const card = root.createDiv({ cls: `reelkit-finding reelkit-${found.finding.severity}` });
      card.createDiv({ text: found.finding.message });
      if (found.finding.evidence !== undefined) card.createEl('blockquote', { text: found.finding.evidence });
      if (found.finding.suggestion !== undefined) card.createDiv({ cls: 'reelkit-meta', text: found.finding.suggestion });
      const buttons = card.createDiv({ cls: 'reelkit-buttons' });
      const scene = found.sceneId === undefined ? undefined : scenes.get(found.sceneId);
      if (scene !== undefined) {
        buttons.createEl('button', { text: 'Open scene' }).addEventListener('click', () => void this.app.workspace.openLinkText(scene.path, '', false));
      }
      buttons.createEl('button', { text: 'Dismiss' }).addEventListener('click', () => void this.state.update({ dismissed: [...this.state.data.dismissed, findingKey(found)] }));
    }
  }
}
