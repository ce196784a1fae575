import { type App, MarkdownView, Notice } from 'obsidian';

/** Opens a note in the current tab with the cursor at the start of a 0-based line, scrolled into view. */
export async function openNoteAtLine(app: App, path: string, line: number): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (file === null) {
    new Notice(`${path} no longer exists.`);
    return;
  }
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true, eState: { line } });
  if (!(leaf.view instanceof MarkdownView)) return;
  const position = { line, ch: 0 };
  leaf.view.editor.setCursor(position);
  leaf.view.editor.scrollIntoView({ from: position, to: position }, true);
}
