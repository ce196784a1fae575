import * as vscode from 'vscode';
import { createLanguageLinter } from '@reelkit/core/language';
import { languageReplacement } from '../language-replacement.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';
import { toVscodeRange } from './to-vscode-range.js';

/** The diagnostics source of language findings. */
export const languageSource = 'reelkit language';

/**
 * Publishes the fiction-aware language lint (narration only; dialogue is the character's voice) as diagnostics,
 * re-linting only changed scenes, with a quick fix wherever a rule lists a replacement (setting `reelkit.language.diagnostics`).
 */
export function registerLanguageDiagnostics(models: DocumentModels): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('reelkit-language');
  const linters = new Map<string, ReturnType<typeof createLanguageLinter>>();
  // Code actions receive copies of the diagnostics, so fixes are found by place and rule, not by object.
  const replacements = new Map<string, string>();
  const fixKey = (uri: vscode.Uri, diagnostic: vscode.Diagnostic): string => `${uri.toString()}|${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.line}:${diagnostic.range.end.character}|${String(diagnostic.code)}`;
  const enabled = (): boolean => vscode.workspace.getConfiguration('reelkit').get<boolean>('language.diagnostics', true);
  const publish = (document: vscode.TextDocument): void => {
    if (!enabled()) {
      collection.delete(document.uri);
      return;
    }
    const key = document.uri.toString();
    for (const fix of replacements.keys()) if (fix.startsWith(`${key}|`)) replacements.delete(fix);
    const linter = linters.get(key) ?? createLanguageLinter();
    linters.set(key, linter);
    collection.set(
      document.uri,
      linter.lint(models.get(document).screenplay).flatMap((finding) => {
        if (finding.range === undefined) return [];
        const diagnostic = new vscode.Diagnostic(toVscodeRange(finding.range), finding.suggestion === undefined ? finding.message : `${finding.message} Consider: ${finding.suggestion}.`, vscode.DiagnosticSeverity.Information);
        diagnostic.source = languageSource;
        diagnostic.code = finding.ruleId;
        const replacement = languageReplacement(finding);
        if (replacement !== undefined) replacements.set(fixKey(document.uri, diagnostic), replacement);
        return [diagnostic];
      }),
    );
  };
  return vscode.Disposable.from(
    collection,
    models.onDidUpdate(publish),
    vscode.workspace.onDidCloseTextDocument((document) => {
      collection.delete(document.uri);
      linters.delete(document.uri.toString());
      for (const fix of replacements.keys()) if (fix.startsWith(`${document.uri.toString()}|`)) replacements.delete(fix);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('reelkit.language.diagnostics')) for (const document of vscode.workspace.textDocuments) if (document.languageId === fountainLanguageId) publish(document);
    }),
    vscode.languages.registerCodeActionsProvider(
      { language: fountainLanguageId },
      {
        provideCodeActions: (document, _range, context) =>
          context.diagnostics.flatMap((diagnostic) => {
            const replacement = diagnostic.source === languageSource ? replacements.get(fixKey(document.uri, diagnostic)) : undefined;
            if (replacement === undefined) return [];
            const action = new vscode.CodeAction(`Replace with “${replacement}”`, vscode.CodeActionKind.QuickFix);
            action.edit = new vscode.WorkspaceEdit();
            action.edit.replace(document.uri, diagnostic.range, replacement);
            action.diagnostics = [diagnostic];
            action.isPreferred = true;
            return [action];
          }),
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );
}
