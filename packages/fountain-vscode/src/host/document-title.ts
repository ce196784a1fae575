import type * as vscode from 'vscode';

/** The file name of a document, for panel titles. */
export function documentTitle(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}
