import * as vscode from 'vscode';
import { paginateScreenplay, type PaginatedScreenplay } from '@reelkit/core/pagination';
import { createDocumentModel, updateDocumentModel, type DocumentModel } from '../document-model.js';

/** The language id the extension contributes. */
export const fountainLanguageId = 'fountain';

/** Keeps one incrementally updated model per open Fountain document; providers read it instead of re-parsing. */
export class DocumentModels implements vscode.Disposable {
  private readonly models = new Map<string, DocumentModel>();
  // Pages of a model, laid out once: the preview, the status bar, statistics and the report all read them.
  private readonly paginated = new WeakMap<DocumentModel, PaginatedScreenplay>();
  private readonly updated = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires after a Fountain document's model changed (open or edit). */
  readonly onDidUpdate = this.updated.event;

  constructor() {
    this.subscriptions = [
      this.updated,
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document.languageId === fountainLanguageId) this.get(document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => this.change(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.models.delete(document.uri.toString())),
    ];
  }

  /** Parses the Fountain documents that were open before the extension activated. */
  loadOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) if (document.languageId === fountainLanguageId) this.get(document);
  }

  /** The model of a document, parsed now if it has none or is behind the document. */
  get(document: vscode.TextDocument): DocumentModel {
    const key = document.uri.toString();
    const model = this.models.get(key);
    if (model !== undefined && model.version === document.version) return model;
    const created = createDocumentModel(document.getText(), document.version);
    this.models.set(key, created);
    if (model === undefined) this.updated.fire(document);
    return created;
  }

  /** The document's pages as Final Draft sets them (US Letter), laid out once per version of the script. */
  pages(document: vscode.TextDocument): PaginatedScreenplay {
    const model = this.get(document);
    const known = this.paginated.get(model);
    if (known !== undefined) return known;
    const pages = paginateScreenplay(model.screenplay, { paper: 'letter' });
    this.paginated.set(model, pages);
    return pages;
  }

  private change(event: vscode.TextDocumentChangeEvent): void {
    const { document } = event;
    if (document.languageId !== fountainLanguageId || event.contentChanges.length === 0) return;
    const key = document.uri.toString();
    const model = this.models.get(key);
    if (model === undefined) {
      this.get(document);
      return;
    }
    const lastLine = document.lineAt(document.lineCount - 1);
    const length = document.offsetAt(lastLine.range.end);
    this.models.set(key, updateDocumentModel(model, event.contentChanges, { version: document.version, length, readText: () => document.getText() }));
    this.updated.fire(document);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.models.clear();
  }
}
