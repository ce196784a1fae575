import type { Workspace } from 'obsidian';

/** Shows a view of the given type in the right sidebar, opening it if no leaf has it yet. */
export async function revealView(workspace: Workspace, type: string): Promise<void> {
  let leaf = workspace.getLeavesOfType(type)[0] ?? null;
  if (leaf === null) {
    leaf = workspace.getRightLeaf(false);
    if (leaf === null) return;
    await leaf.setViewState({ type, active: true });
  }
  await workspace.revealLeaf(leaf);
}
