import * as vscode from 'vscode';
import type { SourceRange } from '@reelkit/core/screenplay';

/** Converts a core source range (0-based lines, UTF-16 columns, like VS Code's) to a `vscode.Range`. */
export function toVscodeRange(range: SourceRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.column, range.end.line, range.end.column);
}
