import * as vscode from 'vscode';
import { proposeCast, readCast } from '@reelkit/core/representation';
import { genderChoices, genderPickTitle } from '../cast-choices.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';

/**
 * **Reelkit: Declare cast…**: one pick per undeclared speaking character, most lines first, the inferred gender
 * offered first with its evidence; the Cast block is written as one edit (one undo step). Escape changes nothing.
 * Run from the report page's quick fix it is given the script's URI (the page, not the script, has focus then).
 */
export function registerDeclareCastCommand(models: DocumentModels): vscode.Disposable {
  return vscode.commands.registerCommand('reelkit.declareCast', async (target?: vscode.Uri): Promise<boolean> => {
    const document = target instanceof vscode.Uri ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target.toString()) : vscode.window.activeTextEditor?.document;
    if (document?.languageId !== fountainLanguageId) {
      void vscode.window.showInformationMessage('Reelkit: open a Fountain script to declare its cast.');
      return false;
    }
    const source = document.getText();
    const screenplay = models.get(document).screenplay;
    const cast = readCast(screenplay);
    const { proposals } = proposeCast(source, screenplay, cast);
    if (proposals.length === 0) {
      void vscode.window.showInformationMessage('Reelkit: every speaking character is already in the Cast block.');
      return true;
    }
    const decisions = new Map<string, string | null>();
    for (const [index, proposal] of proposals.entries()) {
      const picked = await vscode.window.showQuickPick(genderChoices(proposal, proposals.length - index), { title: genderPickTitle(proposal, index + 1, proposals.length), placeHolder: 'Gender, as the writer declares it' });
      if (picked === undefined) return false;
      if (picked.value === 'rest') break;
      decisions.set(proposal.name, picked.value);
    }
    if (document.getText() !== source) {
      void vscode.window.showWarningMessage('Reelkit: the script changed while you chose; nothing was written. Run "Declare cast…" again.');
      return false;
    }
    const { edit } = proposeCast(source, screenplay, cast, decisions);
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length)), edit.text);
    return vscode.workspace.applyEdit(workspaceEdit);
  });
}
