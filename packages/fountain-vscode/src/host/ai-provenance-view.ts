import * as vscode from 'vscode';
import { computeAiShare, parseLedger, spansFromLedger, trackSpans, type LedgerEntry, type TrackedSpan } from '@reelkit/core/provenance';
import { aiShareLabel } from '../ai-share-label.js';
import { describeAiSpan } from '../describe-ai-span.js';
import { fountainLanguageId } from './document-models.js';
import type { Ledgers } from './ledgers.js';

/** A small filled circle in the gutter; a data URI so no image file ships. */
const gutterIcon = vscode.Uri.parse(`data:image/svg+xml;utf8,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="3.5" fill="#a371f7"/></svg>')}`);

interface Tracked {
  text: string;
  spans: TrackedSpan[];
  entries: readonly LedgerEntry[];
}

/**
 * Marks AI-written text from the ledger beside each script (gutter icon, hover with model, time and how much was
 * edited) and shows the AI share of the active script in the status bar; spans follow edits via `trackSpans`.
 */
export class AiProvenanceView implements vscode.Disposable {
  private readonly tracked = new Map<string, Tracked>();
  private readonly decoration = vscode.window.createTextEditorDecorationType({ gutterIconPath: gutterIcon, gutterIconSize: 'contain', isWholeLine: false });
  private readonly statusItem = vscode.window.createStatusBarItem('reelkit.aiShare', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly ledgers: Ledgers) {
    this.statusItem.name = 'Reelkit AI share';
    this.statusItem.command = 'reelkit.verifyProvenance';
    this.subscriptions = [
      this.decoration,
      this.statusItem,
      ledgers.onDidRecord((uri) => void this.load(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => void this.loadIfScript(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.follow(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.tracked.delete(document.uri.toString())),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('reelkit.provenance.decorations')) this.render();
      }),
      vscode.languages.registerHoverProvider({ language: fountainLanguageId }, { provideHover: (document, position) => this.hover(document, position) }),
    ];
    for (const document of vscode.workspace.textDocuments) void this.loadIfScript(document);
  }

  /** The tracked spans of a script (for tests and the verify command). */
  spans(uri: vscode.Uri): readonly TrackedSpan[] {
    return this.tracked.get(uri.toString())?.spans ?? [];
  }

  private async loadIfScript(document: vscode.TextDocument): Promise<void> {
    if (document.languageId === fountainLanguageId && (document.uri.scheme !== 'untitled' || this.ledgers.has(document.uri))) await this.load(document.uri);
  }

  private async load(uri: vscode.Uri): Promise<void> {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (document === undefined) return;
    const text = (await this.ledgers.store(uri).read()) ?? '';
    const { entries } = parseLedger(text);
    const current = document.getText();
    // The ledger places spans in the text as it was then; tracking against "no edits" re-finds them by quote.
    this.tracked.set(uri.toString(), { text: current, entries, spans: trackSpans(spansFromLedger(entries), current, { edits: [] }) });
    this.render();
  }

  private follow(document: vscode.TextDocument): void {
    const tracked = this.tracked.get(document.uri.toString());
    if (tracked === undefined) return;
    const next = document.getText();
    tracked.spans = trackSpans(tracked.spans, next, { previous: tracked.text });
    tracked.text = next;
    this.render();
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    const tracked = editor === undefined ? undefined : this.tracked.get(editor.document.uri.toString());
    if (editor === undefined || tracked === undefined || tracked.entries.length === 0) {
      this.statusItem.hide();
      return;
    }
    const label = aiShareLabel(computeAiShare(tracked.text, tracked.spans).document);
    this.statusItem.text = label.text;
    this.statusItem.tooltip = `${label.tooltip} Click to verify the ledger.`;
    this.statusItem.show();
    const show = vscode.workspace.getConfiguration('reelkit').get<boolean>('provenance.decorations', true);
    editor.setDecorations(this.decoration, show ? this.ranges(editor.document, tracked) : []);
  }

  private ranges(document: vscode.TextDocument, tracked: Tracked): vscode.Range[] {
    return tracked.spans.flatMap((span) => (span.current === undefined ? [] : [new vscode.Range(document.positionAt(span.current.start), document.positionAt(span.current.end))]));
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const tracked = this.tracked.get(document.uri.toString());
    const offset = document.offsetAt(position);
    const span = tracked?.spans.find((candidate) => candidate.current !== undefined && candidate.current.start <= offset && offset < candidate.current.end);
    if (tracked === undefined || span?.current === undefined) return undefined;
    return new vscode.Hover(describeAiSpan(span, tracked.entries), new vscode.Range(document.positionAt(span.current.start), document.positionAt(span.current.end)));
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.tracked.clear();
  }
}
