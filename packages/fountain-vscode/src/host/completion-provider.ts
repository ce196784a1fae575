import * as vscode from 'vscode';
import { suggestCompletions, type CompletionRequest, type SuggestionKind } from '../completion-suggestions.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';

const icons: Record<SuggestionKind, vscode.CompletionItemKind> = {
  character: vscode.CompletionItemKind.User,
  location: vscode.CompletionItemKind.Reference,
  'scene-prefix': vscode.CompletionItemKind.Keyword,
  'time-of-day': vscode.CompletionItemKind.EnumMember,
  'title-key': vscode.CompletionItemKind.Property,
};

/** How far up a title page can reach; a longer first block is not a title page anyone types. */
const titlePageLineLimit = 40;

/** Registers completion of characters, locations, scene prefixes, times of day and title-page keys. */
export function registerCompletionProvider(models: DocumentModels): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    { language: fountainLanguageId },
    {
      provideCompletionItems(document, position) {
        const suggestions = suggestCompletions(models.get(document).screenplay, readRequest(document, position));
        return suggestions.map((suggestion) => {
          const item = new vscode.CompletionItem(suggestion.label, icons[suggestion.kind]);
          item.sortText = suggestion.sortText;
          item.insertText = suggestion.insertText;
          item.range = new vscode.Range(position.line, position.character - suggestion.replaceLength, position.line, position.character);
          return item;
        });
      },
    },
    ' ',
    '.',
  );
}

function readRequest(document: vscode.TextDocument, position: vscode.Position): CompletionRequest {
  const previousLine = position.line === 0 ? undefined : document.lineAt(position.line - 1).text;
  let titleBlockAbove: string[] | undefined;
  if (position.line <= titlePageLineLimit) {
    titleBlockAbove = [];
    for (let line = 0; line < position.line && titleBlockAbove !== undefined; line += 1) {
      const text = document.lineAt(line).text;
      if (text.trim() === '') titleBlockAbove = undefined;
      else titleBlockAbove.push(text);
    }
  }
  return {
    offset: document.offsetAt(position),
    linePrefix: document.lineAt(position.line).text.slice(0, position.character),
    previousLine,
    titleBlockAbove,
  };
}
