import * as vscode from 'vscode';
import type { AiCommandArguments } from '../ai-command-arguments.js';
import { fountainLanguageId } from './document-models.js';

/** The script an AI command works on and where: from its arguments, else the active editor. */
export interface AiTarget {
  readonly document: vscode.TextDocument;
  readonly cursor: number;
  readonly selection: { readonly start: number; readonly end: number };
}

/** Finds the target of an AI command, or tells the user to open a script and returns `undefined`. */
export function resolveAiTarget(args: AiCommandArguments): AiTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  const document = args.uri === undefined ? editor?.document : vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === args.uri);
  if (document?.languageId !== fountainLanguageId) {
    void vscode.window.showInformationMessage('Reelkit: open a Fountain script first.');
    return undefined;
  }
  const selected = editor?.document === document ? editor.selection : undefined;
  const cursor = args.cursor ?? (selected === undefined ? document.getText().length : document.offsetAt(selected.active));
  const selection = selected === undefined ? { start: cursor, end: cursor } : { start: document.offsetAt(selected.start), end: document.offsetAt(selected.end) };
  return { document, cursor: Math.min(cursor, document.getText().length), selection };
}
