import * as vscode from 'vscode';
import type { PdfExport } from '@reelkit/core/pdf';
import { fileNameOf } from '../export-target.js';
import { chooseFontButton, describePdfExport, describePdfExportFailure, type PdfExportNotice } from '../pdf/describe-pdf-export.js';
import type { PdfExporter } from '../pdf/pdf-exporter.js';
import { readPdfExportSettings } from '../pdf/pdf-export-settings.js';
import { activeScript } from './active-script.js';
import { askExportTarget } from './ask-export-target.js';
import type { DocumentModels } from './document-models.js';
import { loadPdfExporter } from './load-pdf-exporter.js';
import { pdfFontSources } from './pdf-font-sources.js';

/** What **Export PDF** did, for scripted use and the tests; `undefined` when there was nothing to do (no script, no file chosen). */
export type PdfExportOutcome =
  | { readonly outcome: 'exported'; readonly uri: vscode.Uri; readonly pageCount: number; readonly titlePageCount: number; readonly findings: readonly string[] }
  | { readonly outcome: 'cancelled' | 'failed' };

const openButton = 'Open';
const exportAgainButton = 'Export again';

/**
 * **Reelkit: Export PDF**: the active script as Final Draft paginates it, to a file chosen in a save dialog (or the
 * target URI passed, for scripted use and the tests), with cancellable progress. The export code is loaded only now.
 */
export function registerExportPdfCommand(models: DocumentModels, extensionUri: vscode.Uri): vscode.Disposable {
  let exporter: PdfExporter | undefined;
  const run = async (document: vscode.TextDocument, destination: vscode.Uri): Promise<PdfExportOutcome> => {
    const settings = readPdfExportSettings(vscode.workspace.getConfiguration('reelkit', document.uri));
    const controller = new AbortController();
    let result: PdfExport;
    try {
      const exportPdf = (exporter ??= loadPdfExporter(extensionUri));
      const job = { text: document.getText(), screenplay: models.get(document).screenplay, paper: settings.paper, fonts: pdfFontSources(extensionUri, settings.fallbackFont), signal: controller.signal };
      result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Reelkit: Exporting PDF', cancellable: true }, async (progress, token) => {
        const subscription = token.onCancellationRequested(() => controller.abort(new Error('cancelled by the user')));
        let reported = 0;
        const onProgress = (done: number, total: number): void => {
          progress.report({ increment: ((done - reported) / total) * 100, message: `page ${done} of ${total}` });
          reported = done;
        };
        return exportPdf({ ...job, onProgress }).finally(() => subscription.dispose());
      });
      // Cancel pressed as the last page was drawn: nothing is written all the same.
      if (controller.signal.aborted) return { outcome: 'cancelled' };
      await vscode.workspace.fs.writeFile(destination, result.bytes).then(undefined, (error: unknown) => {
        throw new Error(`Could not write ${fileNameOf(destination.path)}: ${error instanceof Error ? error.message : String(error)}`);
      });
    } catch (error) {
      if (controller.signal.aborted) return { outcome: 'cancelled' };
      void notify(describePdfExportFailure(error), document, destination);
      return { outcome: 'failed' };
    }
    void notify(describePdfExport(result, fileNameOf(destination.path), settings.paper), document, destination);
    const { pageCount, titlePageCount, findings } = result;
    return { outcome: 'exported', uri: destination, pageCount, titlePageCount, findings: findings.map((finding) => finding.ruleId) };
  };

  const notify = async (notice: PdfExportNotice, document: vscode.TextDocument, destination: vscode.Uri): Promise<void> => {
    const buttons = [...(notice.offerFont ? [chooseFontButton] : []), ...(notice.severity === 'error' ? [] : [openButton])];
    const choice = await show(notice, buttons);
    if (choice === openButton) await open(destination);
    if (choice === chooseFontButton && (await chooseFallbackFont())) {
      const again = await vscode.window.showInformationMessage('Reelkit: the PDF export now uses that font for what Courier Prime lacks.', exportAgainButton);
      if (again === exportAgainButton) await run(document, destination);
    }
  };

  return vscode.commands.registerCommand('reelkit.exportPdf', async (target?: vscode.Uri): Promise<PdfExportOutcome | undefined> => {
    const document = activeScript('export it as a PDF');
    if (document === undefined) return undefined;
    const destination = target ?? (await askExportTarget(document, 'pdf', { PDF: ['pdf'] }));
    return destination === undefined ? undefined : run(document, destination);
  });
}

function show(notice: PdfExportNotice, buttons: string[]): Thenable<string | undefined> {
  if (notice.severity === 'error') return vscode.window.showErrorMessage(notice.message, ...buttons);
  if (notice.severity === 'warning') return vscode.window.showWarningMessage(notice.message, ...buttons);
  return vscode.window.showInformationMessage(notice.message, ...buttons);
}

/** A file on disk opens in the system's PDF viewer; anything else (VS Code for the web) in VS Code. */
async function open(uri: vscode.Uri): Promise<void> {
  if (uri.scheme === 'file') await vscode.env.openExternal(uri);
  else await vscode.commands.executeCommand('vscode.open', uri);
}

/** Asks for a font file and keeps it in the user's `reelkit.pdf.fallbackFont`; false when none was chosen. */
async function chooseFallbackFont(): Promise<boolean> {
  const [font] = (await vscode.window.showOpenDialog({
    canSelectMany: false,
    title: 'A font for the characters Courier Prime lacks (Japanese, Chinese, Korean, …)',
    openLabel: 'Use for PDF export',
    filters: { Fonts: ['ttf', 'otf', 'ttc', 'otc', 'woff', 'woff2'] },
  })) ?? [];
  if (font === undefined) return false;
  await vscode.workspace.getConfiguration('reelkit').update('pdf.fallbackFont', font.scheme === 'file' ? font.fsPath : font.toString(), vscode.ConfigurationTarget.Global);
  return true;
}
