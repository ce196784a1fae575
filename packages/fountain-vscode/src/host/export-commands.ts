import * as vscode from 'vscode';
import { breakdownCsv, createBreakdown, type BreakdownTable } from '@reelkit/core/breakdown';
import { readFdx, writeFdx } from '@reelkit/core/fdx';
import { fileNameOf, summariseWarnings } from '../export-target.js';
import { activeScript } from './active-script.js';
import { askExportTarget } from './ask-export-target.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';

const encoder = new TextEncoder();

/**
 * **Export Final Draft file**, **Import Final Draft file** and **Export breakdown**: files written through
 * `workspace.fs` (so they work in VS Code for the web), a save dialog beside the script, progress while working,
 * and a clear message when it fails. Each command also takes a target URI, for scripted use and the tests.
 */
export function registerExportCommands(models: DocumentModels): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('reelkit.exportFinalDraft', async (target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
      const document = activeScript('export it as a Final Draft file');
      if (document === undefined) return undefined;
      const destination = target ?? (await askExportTarget(document, 'fdx', { 'Final Draft': ['fdx'] }));
      if (destination === undefined) return undefined;
      return withProgress('Exporting Final Draft file…', async () => {
        const { fdx, warnings } = writeFdx(models.get(document).screenplay);
        await vscode.workspace.fs.writeFile(destination, encoder.encode(fdx));
        report(summariseWarnings(`Exported ${fileNameOf(destination.path)}`, warnings) ?? `Exported ${fileNameOf(destination.path)}.`, warnings.length > 0);
        return destination;
      });
    }),
    vscode.commands.registerCommand('reelkit.importFinalDraft', async (source?: vscode.Uri): Promise<vscode.TextDocument | undefined> => {
      const chosen = source ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Final Draft': ['fdx'] }, openLabel: 'Import' }))?.[0];
      if (chosen === undefined) return undefined;
      return withProgress('Importing Final Draft file…', async () => {
        const bytes = await vscode.workspace.fs.readFile(chosen);
        const { fountain, warnings } = readFdx(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
        // A new, unsaved script: the writer chooses where to keep it; nothing on disk is overwritten.
        const document = await vscode.workspace.openTextDocument({ language: fountainLanguageId, content: fountain });
        await vscode.window.showTextDocument(document);
        const summary = summariseWarnings(`Imported ${fileNameOf(chosen.path)}`, warnings);
        if (summary !== undefined) report(summary, true);
        return document;
      });
    }),
    vscode.commands.registerCommand('reelkit.exportBreakdown', async (target?: vscode.Uri, table?: BreakdownTable): Promise<vscode.Uri | undefined> => {
      const document = activeScript('export its breakdown');
      if (document === undefined) return undefined;
      const chosen = table ?? (await pickTable());
      if (chosen === undefined) return undefined;
      const destination = target ?? (await askExportTarget(document, `${chosen}.csv`, { 'CSV (spreadsheet)': ['csv'] }));
      if (destination === undefined) return undefined;
      return withProgress('Exporting breakdown…', async () => {
        const breakdown = createBreakdown(models.get(document).screenplay);
        await vscode.workspace.fs.writeFile(destination, encoder.encode(breakdownCsv(breakdown, chosen)));
        report(`Exported the breakdown by ${chosen} to ${fileNameOf(destination.path)} (lengths from ${breakdown.lengthMethod}).`, false);
        return destination;
      });
    }),
  );
}

async function pickTable(): Promise<BreakdownTable | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Scenes', description: 'number, INT/EXT, location, time, eighths, speaking and silent cast', table: 'scenes' as const },
      { label: 'Locations', description: 'scenes, pages, INT/EXT and times per location', table: 'locations' as const },
      { label: 'Characters', description: 'scenes and pages each character is on set', table: 'characters' as const },
    ],
    { title: 'Export breakdown', placeHolder: 'One row per…' },
  );
  return picked?.table;
}

async function withProgress<T>(title: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Reelkit: ${title}` }, work);
  } catch (error) {
    void vscode.window.showErrorMessage(`Reelkit: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

function report(message: string, warn: boolean): void {
  void (warn ? vscode.window.showWarningMessage(`Reelkit: ${message}`) : vscode.window.showInformationMessage(`Reelkit: ${message}`));
}
