import * as vscode from 'vscode';
import { sceneLenses } from '../scene-lenses.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';

/** Registers **Continue scene** and **Dialogue…** above scene headings when `reelkit.codeLens.enabled` is on (off by default); no model is called until one is clicked. */
export function registerSceneCodeLens(models: DocumentModels): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const enabled = (): boolean => vscode.workspace.isTrusted && vscode.workspace.getConfiguration('reelkit').get<boolean>('codeLens.enabled', false);
  return vscode.Disposable.from(
    changed,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('reelkit.codeLens.enabled')) changed.fire();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => changed.fire()),
    vscode.languages.registerCodeLensProvider(
      { language: fountainLanguageId },
      {
        onDidChangeCodeLenses: changed.event,
        provideCodeLenses: (document) =>
          enabled()
            ? sceneLenses(models.get(document).screenplay).map(
                (lens) => new vscode.CodeLens(new vscode.Range(lens.line, 0, lens.line, 0), { title: lens.title, command: lens.command, arguments: [{ uri: document.uri.toString(), cursor: lens.cursor }] }),
              )
            : [],
      },
    ),
  );
}
