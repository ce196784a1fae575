import * as vscode from 'vscode';
import { computeStatistics } from '@reelkit/core/pagination';
import { createScreenplayReport } from '@reelkit/core/representation';
import { renderStatisticsPage } from '../statistics-page.js';
import { createNonce } from '../webview-page.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';
import { documentTitle } from './document-title.js';

/** Registers **Reelkit: Show statistics**: a webview with totals, scene lengths and speaking characters of the active script. */
export function registerStatisticsCommand(models: DocumentModels): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  return vscode.Disposable.from(
    vscode.commands.registerCommand('reelkit.showStatistics', () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document?.languageId !== fountainLanguageId) {
        void vscode.window.showInformationMessage('Reelkit: open a Fountain script to see its statistics.');
        return;
      }
      panel ??= createPanel(() => (panel = undefined));
      // The report's figures: one source for this view and the inclusivity report.
      const { screenplay } = models.get(document);
      const report = createScreenplayReport(screenplay, { statistics: computeStatistics(screenplay, { paginated: models.pages(document) }) });
      const title = documentTitle(document);
      panel.title = `Statistics: ${title}`;
      panel.webview.html = renderStatisticsPage(report, { title, nonce: createNonce(), cspSource: panel.webview.cspSource });
      panel.reveal(vscode.ViewColumn.Beside, true);
    }),
    { dispose: () => panel?.dispose() },
  );
}

function createPanel(onClosed: () => void): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel('reelkit.statistics', 'Statistics', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { localResourceRoots: [] });
  panel.onDidDispose(onClosed);
  return panel;
}
