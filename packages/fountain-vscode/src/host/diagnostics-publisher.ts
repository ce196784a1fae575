import * as vscode from 'vscode';
import { findScriptProblems } from '../script-problems.js';
import type { DocumentModels } from './document-models.js';
import { toVscodeRange } from './to-vscode-range.js';

/** Publishes structural problems of every Fountain document after each model update; clears them on close. */
export function registerDiagnosticsPublisher(models: DocumentModels): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('reelkit');
  const publish = (document: vscode.TextDocument): void => {
    const problems = findScriptProblems(models.get(document).screenplay);
    collection.set(
      document.uri,
      problems.map((problem) => {
        const severity = problem.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
        const diagnostic = new vscode.Diagnostic(toVscodeRange(problem.range), problem.message, severity);
        diagnostic.source = 'reelkit';
        diagnostic.code = problem.ruleId;
        return diagnostic;
      }),
    );
  };
  return vscode.Disposable.from(
    collection,
    models.onDidUpdate(publish),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
  );
}
