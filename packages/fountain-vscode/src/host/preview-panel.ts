import * as vscode from 'vscode';
import { renderPreviewPage } from '../preview-page.js';
import { readPreviewMessage, type PreviewInboundMessage } from '../preview-messages.js';
import { renderScriptHtml } from '../render-script-html.js';
import { createNonce } from '../webview-page.js';
import type { DocumentModels } from './document-models.js';
import { documentTitle } from './document-title.js';

/** Re-rendering walks the script, so a burst of keystrokes is rendered once. */
const updateDelayMs = 150;
/** After one side scrolls the other, the other's scroll event is not echoed back for this long. */
const echoQuietMs = 400;

/** A live preview of one document, kept in sync with its edits and its editor's scroll position. */
export class PreviewPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private editorQuietUntil = 0;
  /** Resolves once the page's script has run (true), or after 10 s without it (false). */
  readonly ready: Promise<boolean>;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly models: DocumentModels,
    onDisposed: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      'reelkit.preview',
      `Preview: ${documentTitle(document)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true },
    );
    let markReady: (loaded: boolean) => void = () => {};
    this.ready = new Promise((resolve) => (markReady = resolve));
    const readyTimeout = setTimeout(() => markReady(false), 10_000);
    this.subscriptions.push(
      this.panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = readPreviewMessage(raw);
        if (message?.type === 'ready') {
          clearTimeout(readyTimeout);
          markReady(true);
          this.syncToEditor();
        } else if (message?.type === 'reveal') this.revealInEditor(message.line);
      }),
      models.onDidUpdate((changed) => {
        if (changed === document) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document === document && Date.now() >= this.editorQuietUntil) this.post({ type: 'scroll', line: event.visibleRanges[0]?.start.line ?? 0 });
      }),
      { dispose: () => clearTimeout(readyTimeout) },
    );
    this.panel.onDidDispose(() => {
      this.disposeSubscriptions();
      onDisposed();
    });
    this.panel.webview.html = renderPreviewPage(models.get(document).screenplay, models.pages(document), {
      title: documentTitle(document),
      nonce: createNonce(),
      cspSource: this.panel.webview.cspSource,
    });
  }

  /** Brings the preview to the front. */
  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.post({ type: 'update', html: renderScriptHtml(this.models.get(this.document).screenplay, this.models.pages(this.document)) }), updateDelayMs);
  }

  private syncToEditor(): void {
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === this.document);
    const line = editor?.visibleRanges[0]?.start.line;
    if (line !== undefined) this.post({ type: 'scroll', line });
  }

  private revealInEditor(line: number): void {
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === this.document);
    if (editor === undefined) return;
    this.editorQuietUntil = Date.now() + echoQuietMs;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  }

  private post(message: PreviewInboundMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private disposeSubscriptions(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
  }

  dispose(): void {
    this.panel.dispose();
  }
}
