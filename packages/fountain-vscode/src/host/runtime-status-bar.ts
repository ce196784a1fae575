import * as vscode from 'vscode';
import { countSpeakingCharacters } from '@reelkit/core/representation';
import { computeStatistics } from '@reelkit/core/pagination';
import { formatRuntimeLabel } from '../runtime-label.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';

/** Statistics walk the whole script, so the status bar waits for a pause in typing. */
const refreshDelayMs = 400;

/** Shows the active script's runtime estimate in the status bar; clicking it opens the statistics view. */
export function registerRuntimeStatusBar(models: DocumentModels): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('reelkit.runtime', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Reelkit: runtime estimate';
  item.command = 'reelkit.showStatistics';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const refresh = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== fountainLanguageId) {
      item.hide();
      return;
    }
    const { screenplay } = models.get(document);
    const statistics = computeStatistics(screenplay, { paginated: models.pages(document) });
    const label = formatRuntimeLabel({ pages: statistics.pages, runtimeMinutes: statistics.runtimeMinutes, lengthMethod: statistics.method, scenes: screenplay.scenes.length, speakingCharacters: countSpeakingCharacters(screenplay) });
    item.text = label.text;
    item.tooltip = label.tooltip;
    item.show();
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(refresh, refreshDelayMs);
  };

  refresh();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    models.onDidUpdate((document) => {
      if (document === vscode.window.activeTextEditor?.document) schedule();
    }),
    { dispose: () => clearTimeout(timer) },
  );
}
