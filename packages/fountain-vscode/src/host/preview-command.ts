import * as vscode from 'vscode';
import { fountainLanguageId, type DocumentModels } from './document-models.js';
import { PreviewPanel } from './preview-panel.js';

/**
 * Registers **Reelkit: Open preview to the side**, one preview per script. The command resolves to whether the
 * preview page loaded (its script reported back), which the end-to-end tests check.
 */
export function registerPreviewCommand(models: DocumentModels): vscode.Disposable {
  const previews = new Map<string, PreviewPanel>();
  return vscode.Disposable.from(
    vscode.commands.registerCommand('reelkit.showPreview', async (): Promise<boolean> => {
      const document = vscode.window.activeTextEditor?.document;
      if (document?.languageId !== fountainLanguageId) {
        void vscode.window.showInformationMessage('Reelkit: open a Fountain script to preview it.');
        return false;
      }
      const key = document.uri.toString();
      let preview = previews.get(key);
      if (preview === undefined) {
        preview = new PreviewPanel(document, models, () => previews.delete(key));
        previews.set(key, preview);
      } else preview.reveal();
      return preview.ready;
    }),
    { dispose: () => [...previews.values()].forEach((preview) => preview.dispose()) },
  );
}
