import * as vscode from 'vscode';

/** How a preview ends: applied, or discarded (nothing changes). */
export type ProposalDecision = 'apply' | 'discard';

const scheme = 'reelkit-proposal';

/** Shows proposed scripts as a diff against the open script (a read-only virtual document) and asks whether to apply. */
export class ProposalPreviews implements vscode.Disposable {
  private readonly proposals = new Map<string, string>();
  private readonly registration: vscode.Disposable;
  private next = 0;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(scheme, {
      provideTextDocumentContent: (uri) => this.proposals.get(uri.toString()) ?? '',
    });
  }

  /**
   * Opens the diff and waits for the writer's answer. `decided` answers without asking (the end-to-end tests and
   * scripted callers use it); the diff is still shown so what is applied is always visible.
   */
  async ask(document: vscode.TextDocument, proposed: string, title: string, note: string, decided?: ProposalDecision): Promise<ProposalDecision> {
    const uri = vscode.Uri.from({ scheme, path: `/${this.next++}/${document.uri.path.split('/').pop() ?? 'script'}` });
    this.proposals.set(uri.toString(), proposed);
    try {
      await vscode.commands.executeCommand('vscode.diff', document.uri, uri, `${title} (proposed)`, { preview: true, viewColumn: vscode.ViewColumn.Beside });
      if (decided !== undefined) return decided;
      const answer = await vscode.window.showInformationMessage(`Reelkit: ${title}. ${note}`, 'Apply', 'Discard');
      return answer === 'Apply' ? 'apply' : 'discard';
    } finally {
      await this.close(uri);
      this.proposals.delete(uri.toString());
    }
  }

  private async close(uri: vscode.Uri): Promise<void> {
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === uri.toString());
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  }

  dispose(): void {
    this.registration.dispose();
    this.proposals.clear();
  }
}
