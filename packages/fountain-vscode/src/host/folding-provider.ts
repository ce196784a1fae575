import * as vscode from 'vscode';
import { buildFoldingRegions } from '../folding-regions.js';
import { buildOutline } from '../outline.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';

/** Registers folding for sections, scenes, notes, boneyard and dual dialogue. */
export function registerFoldingProvider(models: DocumentModels): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(
    { language: fountainLanguageId },
    {
      provideFoldingRanges(document) {
        const { screenplay } = models.get(document);
        return buildFoldingRegions(screenplay, buildOutline(screenplay)).map(
          (region) => new vscode.FoldingRange(region.start, region.end, region.kind === 'comment' ? vscode.FoldingRangeKind.Comment : vscode.FoldingRangeKind.Region),
        );
      },
    },
  );
}
