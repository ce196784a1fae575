// What the end-to-end tests share: the corpus scripts they open, waiting, the fake servers run.mjs started, and the
// small readers of VS Code state (outline shapes, completions, semantic tokens, a cancelled progress).
import * as vscode from 'vscode';

// The loopback fakes of the OpenAI API run.mjs started (compiled in by its esbuild `define`): the writer, the ghost
// text (the same continuation for every request) and one whose generations stall mid-way.
declare const REELKIT_FAKE_OPENAI_URL: string;
declare const REELKIT_FAKE_GHOST_TEXT_URL: string;
declare const REELKIT_FAKE_STALLING_URL: string;

/** The writer's fake, the ghost-text fake and the stalling fake. */
export const fakeServers = { writer: REELKIT_FAKE_OPENAI_URL, ghostText: REELKIT_FAKE_GHOST_TEXT_URL, stalling: REELKIT_FAKE_STALLING_URL };

/** Corpus scripts the tests open (paths inside ../shared/corpus, the workspace). */
export const lastBirthdayCard = 'full-scripts/The-Last-Birthday-Card.fountain';
export const brickAndSteel = 'full-scripts/Brick-and-Steel.fountain';
export const bigFish = 'full-scripts/Big-Fish.fountain';

/** A corpus script's URI in the mounted workspace. */
export function corpusUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) throw new Error('no workspace folder: the corpus is not mounted');
  return vscode.Uri.joinPath(folder.uri, path);
}

/** Opens a corpus script in an editor. */
export async function open(path: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(corpusUri(path)));
}

/** Opens an unsaved Fountain script with this text. */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'fountain', content }));
}

/** Polls `read` until it gives a value, or fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** An outline symbol as the tests compare it. */
export type SymbolShape = { name: string; detail: string; kind: string; line: number; children: SymbolShape[] };
/** The outline's symbols in the shape the tests compare. */
export const shape = (symbols: readonly vscode.DocumentSymbol[]): SymbolShape[] =>
  symbols.map((symbol) => ({ name: symbol.name, detail: symbol.detail, kind: vscode.SymbolKind[symbol.kind], line: symbol.range.start.line, children: shape(symbol.children) }));

/** The completion labels VS Code offers at a position, in their sort order. */
export async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return [...list.items]
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
    .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

/** What `reelkit.exportPdf` returns. */
export type PdfExportOutcome = { outcome: 'exported'; uri: vscode.Uri; pageCount: number; titlePageCount: number; findings: string[] } | { outcome: 'cancelled' | 'failed' };

/** The line run.mjs looks for to read an exported PDF back with poppler after the suite: `<marker> <json>`. */
export const pdfMarker = 'reelkit-e2e-pdf';

/** Bytes as base64, for carrying a PDF's bytes in a log line. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Points the AI commands at a fake server, as a user points them at a local OpenAI-compatible one. */
export async function useFakeServer(baseUrl: string): Promise<void> {
  const settings = vscode.workspace.getConfiguration('reelkit');
  await settings.update('provider', 'openai-compatible', vscode.ConfigurationTarget.Global);
  await settings.update('openaiCompatible.baseUrl', baseUrl, vscode.ConfigurationTarget.Global);
  await settings.update('model', 'fake-writer', vscode.ConfigurationTarget.Global);
}

/** The semantic tokens of a document as [1-based line, text, type], decoded from VS Code's delta encoding. */
export async function semanticTokens(document: vscode.TextDocument): Promise<Array<[number, string, string]>> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  const decoded: Array<[number, string, string]> = [];
  let line = 0;
  let character = 0;
  for (let index = 0; index + 4 < tokens.data.length; index += 5) {
    const [deltaLine = 0, deltaStart = 0, length = 0, type = 0] = tokens.data.subarray(index, index + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    decoded.push([line + 1, document.lineAt(line).text.slice(character, character + length), legend.tokenTypes[type] ?? `#${type}`]);
  }
  return decoded;
}

/**
 * Presses the Cancel button of the newest notification (a cancellable progress's only button) the way the keyboard
 * does — **Notifications: Accept Notification Primary Action** runs the same action the button does — until `running`
 * settles; first after `afterMs`, so the generation is under way. Resolves to what `running` resolved to.
 */
export async function cancelProgress<T>(running: Thenable<T>, afterMs: number): Promise<T> {
  let settled = false;
  const result = Promise.resolve(running).finally(() => {
    settled = true;
  });
  await sleep(afterMs);
  const started = Date.now();
  while (!settled) {
    if (Date.now() - started > 5000) throw new Error('the generation was not cancelled within 5 s of pressing Cancel');
    await vscode.commands.executeCommand('notification.acceptPrimaryAction');
    await Promise.race([result, sleep(250)]);
  }
  return result;
}
