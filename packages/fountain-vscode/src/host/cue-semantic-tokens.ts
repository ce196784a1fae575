import * as vscode from 'vscode';
import { cueTokens, cueTokenTypes } from '../cue-tokens.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';

const legend = new vscode.SemanticTokensLegend([...cueTokenTypes]);

/**
 * Registers the colours of character cues (name, extensions, `^`) as semantic tokens from the parse: only the parser
 * knows a line in capitals is a cue, by the non-blank line after it. `package.json` maps the types to the grammar's
 * scopes, so every theme colours them as it colours TextMate's.
 */
export function registerCueSemanticTokens(models: DocumentModels): vscode.Disposable {
  return vscode.languages.registerDocumentSemanticTokensProvider(
    { language: fountainLanguageId },
    {
      provideDocumentSemanticTokens(document) {
        const builder = new vscode.SemanticTokensBuilder(legend);
        for (const token of cueTokens(models.get(document).screenplay, (line) => document.lineAt(line).text)) {
          builder.push(token.line, token.start, token.length, cueTokenTypes.indexOf(token.type));
        }
        return builder.build();
      },
    },
    legend,
  );
}
