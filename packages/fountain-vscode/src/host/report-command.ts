import * as vscode from 'vscode';
import { breakdownReportSection, createBreakdown } from '@reelkit/core/breakdown';
import { computeStatistics } from '@reelkit/core/pagination';
import { createScreenplayReport, renderReportHtml } from '@reelkit/core/representation';
import { reportWebviewHtml, requestedQuickFix } from '../report-webview-html.js';
import { createNonce } from '../webview-page.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';
import { documentTitle } from './document-title.js';

/** How long the report page may take to report back before the command resolves `false`. */
const readyTimeoutMs = 10_000;

/**
 * Registers **Reelkit: Show inclusivity report**: the CLI's report (`reelkit report`, same charts and tables) of the
 * active script in a webview. Resolves to whether the page rendered (its script reported back). The page's
 * "Declare cast…" quick fix runs that command on the reported script, then shows the report again.
 */
export function registerReportCommand(models: DocumentModels): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  let reported: vscode.TextDocument | undefined;
  let quickFixes: vscode.Disposable | undefined;
  const showAgain = async (document: vscode.TextDocument): Promise<void> => {
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    await vscode.commands.executeCommand('reelkit.showReport');
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('reelkit.showReport', async (): Promise<boolean> => {
      const document = vscode.window.activeTextEditor?.document;
      if (document?.languageId !== fountainLanguageId) {
        void vscode.window.showInformationMessage('Reelkit: open a Fountain script to see its inclusivity report.');
        return false;
      }
      const title = documentTitle(document);
      const { screenplay } = models.get(document);
      const statistics = computeStatistics(screenplay, { paginated: models.pages(document) });
      const report = createScreenplayReport(screenplay, { statistics });
      if (panel === undefined) {
        panel = vscode.window.createWebviewPanel('reelkit.report', 'Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
        panel.onDidDispose(() => {
          panel = undefined;
          quickFixes?.dispose();
        });
        quickFixes = panel.webview.onDidReceiveMessage(async (message: unknown) => {
          if (requestedQuickFix(message) !== 'declareCast' || reported === undefined) return;
          const document = reported;
          if ((await vscode.commands.executeCommand<boolean>('reelkit.declareCast', document.uri)) === true) await showAgain(document);
        });
      }
      reported = document;
      const shown = panel;
      shown.title = `Report: ${title}`;
      const rendered = new Promise<boolean>((resolve) => {
        const timeout = setTimeout(() => finish(false), readyTimeoutMs);
        const subscription = shown.webview.onDidReceiveMessage((message: { type?: unknown }) => {
          if (message?.type === 'ready') finish(true);
        });
        const closed = shown.onDidDispose(() => finish(false));
        function finish(ok: boolean): void {
          clearTimeout(timeout);
          subscription.dispose();
          closed.dispose();
          resolve(ok);
        }
      });
      shown.webview.html = reportWebviewHtml(renderReportHtml(report, title, [breakdownReportSection(createBreakdown(screenplay, { statistics, presence: report.characters }))]), { nonce: createNonce(), cspSource: shown.webview.cspSource });
      shown.reveal(vscode.ViewColumn.Beside, true);
      return rendered;
    }),
    { dispose: () => panel?.dispose() },
    { dispose: () => quickFixes?.dispose() },
  );
}
