import * as vscode from 'vscode';
import { fountainLanguageId } from './document-models.js';

/** The Fountain script in the active editor; without one, says what to open so the command can `purpose`. */
export function activeScript(purpose: string): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === fountainLanguageId) return document;
  void vscode.window.showInformationMessage(`Reelkit: open a Fountain script to ${purpose}.`);
  return undefined;
}
