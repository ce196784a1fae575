import * as vscode from 'vscode';
import { exportTargetPath } from '../export-target.js';

/** A save dialog for an export of `document`, opened beside it (or in the workspace, for an untitled script). */
export async function askExportTarget(document: vscode.TextDocument, extension: string, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const base = document.isUntitled && folder !== undefined ? vscode.Uri.joinPath(folder, document.uri.path) : document.uri;
  return vscode.window.showSaveDialog({ defaultUri: base.with({ path: exportTargetPath(base.path, extension) }), filters });
}
