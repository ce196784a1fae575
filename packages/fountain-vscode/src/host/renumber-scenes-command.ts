import * as vscode from 'vscode';
import { planSceneNumberEdits, type SceneNumbering } from '../scene-number-edits.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';

/** Registers **Reelkit: Number scenes** and **Reelkit: Remove scene numbers**, each one `WorkspaceEdit` (one undo step). */
export function registerRenumberScenesCommands(models: DocumentModels): vscode.Disposable {
  const run = async (numbering: SceneNumbering): Promise<boolean> => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== fountainLanguageId) return false;
    const edits = planSceneNumberEdits(models.get(document).screenplay, (line) => document.lineAt(line).text, numbering);
    if (edits.length === 0) return true;
    const workspaceEdit = new vscode.WorkspaceEdit();
    for (const edit of edits) {
      workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length)), edit.text);
    }
    return vscode.workspace.applyEdit(workspaceEdit);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand('reelkit.numberScenes', () => run('number')),
    vscode.commands.registerCommand('reelkit.removeSceneNumbers', () => run('remove')),
  );
}
