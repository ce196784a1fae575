import * as vscode from 'vscode';
import { buildOutline, type OutlineNode } from '../outline.js';
import type { DocumentModels } from './document-models.js';
import { fountainLanguageId } from './document-models.js';
import { toVscodeRange } from './to-vscode-range.js';

/** Registers the Outline view's symbols: sections (namespaces) containing scenes (classes), synopses as detail. */
export function registerOutlineProvider(models: DocumentModels): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(
    { language: fountainLanguageId },
    { provideDocumentSymbols: (document) => buildOutline(models.get(document).screenplay).map(toSymbol) },
    { label: 'Scenes' },
  );
}

function toSymbol(node: OutlineNode): vscode.DocumentSymbol {
  const kind = node.kind === 'section' ? vscode.SymbolKind.Namespace : vscode.SymbolKind.Class;
  const symbol = new vscode.DocumentSymbol(node.name, node.detail, kind, toVscodeRange(node.range), toVscodeRange(node.selectionRange));
  symbol.children = node.children.map(toSymbol);
  return symbol;
}
