// Runs inside VS Code's web extension host (bundled by run.mjs). The workspace is the shared Fountain corpus.
import * as vscode from 'vscode';
import { paginateScreenplay } from '@reelkit/core/pagination';
import { parseFountain } from '@reelkit/core/screenplay';
import { expectEqual } from './expect-equal.js';
import fakeReplies from './fake-replies.json';
import { MemoryFileSystem } from './memory-file-system.js';
import { runTests } from './run-tests.js';

// The loopback fakes of the OpenAI API run.mjs started (compiled in by its esbuild `define`): the writer, the ghost
// text (the same continuation for every request) and one whose generations stall mid-way.
declare const REELKIT_FAKE_OPENAI_URL: string;
declare const REELKIT_FAKE_GHOST_TEXT_URL: string;
declare const REELKIT_FAKE_STALLING_URL: string;

const lastBirthdayCard = 'full-scripts/The-Last-Birthday-Card.fountain';
const brickAndSteel = 'full-scripts/Brick-and-Steel.fountain';
const bigFish = 'full-scripts/Big-Fish.fountain';

function corpusUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) throw new Error('no workspace folder: the corpus is not mounted');
  return vscode.Uri.joinPath(folder.uri, path);
}

async function open(path: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(corpusUri(path)));
}

async function openUntitled(content: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'fountain', content }));
}

async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

type SymbolShape = { name: string; detail: string; kind: string; line: number; children: SymbolShape[] };
const shape = (symbols: readonly vscode.DocumentSymbol[]): SymbolShape[] =>
  symbols.map((symbol) => ({ name: symbol.name, detail: symbol.detail, kind: vscode.SymbolKind[symbol.kind], line: symbol.range.start.line, children: shape(symbol.children) }));

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return [...list.items]
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
    .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

/** What `reelkit.exportPdf` returns. */
type PdfExportOutcome = { outcome: 'exported'; uri: vscode.Uri; pageCount: number; titlePageCount: number; findings: string[] } | { outcome: 'cancelled' | 'failed' };

/** The line run.mjs looks for to read an exported PDF back with poppler after the suite: `<marker> <json>`. */
const pdfMarker = 'reelkit-e2e-pdf';

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Points the AI commands at a fake server, as a user points them at a local OpenAI-compatible one. */
async function useFakeServer(baseUrl: string): Promise<void> {
  const settings = vscode.workspace.getConfiguration('reelkit');
  await settings.update('provider', 'openai-compatible', vscode.ConfigurationTarget.Global);
  await settings.update('openaiCompatible.baseUrl', baseUrl, vscode.ConfigurationTarget.Global);
  await settings.update('model', 'fake-writer', vscode.ConfigurationTarget.Global);
}

/** The semantic tokens of a document as [1-based line, text, type], decoded from VS Code's delta encoding. */
async function semanticTokens(document: vscode.TextDocument): Promise<Array<[number, string, string]>> {
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
async function cancelProgress<T>(running: Thenable<T>, afterMs: number): Promise<T> {
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

/** Entry point called by VS Code's test runner. */
export async function run(): Promise<void> {
  await runTests([
    {
      name: 'a corpus script opens as Fountain and activates the extension',
      async run() {
        const editor = await open(lastBirthdayCard);
        expectEqual(editor.document.languageId, 'fountain', 'language id');
        const extension = await waitFor(() => vscode.extensions.getExtension('reelkit.reelkit-fountain'), 'the extension');
        await waitFor(() => (extension.isActive ? true : undefined), 'activation');
      },
    },
    {
      name: 'the Outline nests sections > scenes with synopses as detail',
      async run() {
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', corpusUri(lastBirthdayCard));
        const outline = shape(symbols);
        expectEqual(outline.map((act) => [act.name, act.kind, act.line]), [
          ['ACT I', 'Namespace', 9],
          ['ACT II: A New Day', 'Namespace', 402],
          ['ACT III: The Showdown', 'Namespace', 669],
        ], 'acts');
        const actOne = outline[0] as SymbolShape;
        expectEqual(actOne.detail, 'Meet the players and set up the world. Two hit men with very different lives.', 'synopsis of ACT I');
        expectEqual(actOne.children.map((section) => [section.name, section.detail]), [
          ['Meet Scott', 'And his friend Baxter.'],
          ['Meet Nak', 'Nak is the polar opposite of Scott. Razor sharp, disciplined, loves his job.'],
          ["Scott's Hit", ''],
          ['Scott Visits the Gallery', ''],
        ], 'sequences of ACT I');
        const apartment = actOne.children[0]?.children[0] as SymbolShape;
        expectEqual([apartment.name, apartment.kind], ["Scott's SF Apartment", 'Namespace'], 'first ### section');
        expectEqual(apartment.children.map((scene) => [scene.name, scene.kind, scene.line]), [
          ['INT. SAN FRANCISCO APARTMENT, DAY', 'Class', 21],
          ["INT. HALLWAY, SCOTT'S APARTMENT BUILDING, A MOMENT LATER", 'Class', 29],
          ['BACK IN THE APARTMENT', 'Class', 33],
        ], 'scenes of the first ### section');
      },
    },
    {
      name: 'folding covers acts, sections and scenes',
      async run() {
        const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', corpusUri(lastBirthdayCard));
        const spans = ranges.map((range) => `${range.start}-${range.end}`);
        for (const expected of ['9-400', '15-126', '19-49', '21-27', '29-31', '33-49', '402-667']) {
          if (!spans.includes(expected)) throw new Error(`no folding range ${expected} among ${spans.slice(0, 12).join(', ')}…`);
        }
      },
    },
    {
      name: 'cues are coloured from the parse: with two extensions yes, action in capitals and an age in action no (Big Fish)',
      async run() {
        const editor = await open(bigFish);
        const lines = new Set([17, 28, 29, 213, 252, 685, 1697, 2446]);
        const tokens = (await semanticTokens(editor.document)).filter(([line]) => lines.has(line));
        expectEqual(tokens, [
          [28, 'EDWARD', 'characterCue'],
          [28, '(V.O.)', 'characterExtension'],
          [28, "(CONT'D)", 'characterExtension'],
          [213, 'WILL', 'characterCue'],
          [213, '(V.O.)', 'characterExtension'],
          [213, "(CONT'D)", 'characterExtension'],
        ], 'semantic tokens on lines 17 (A RIVER.), 28, 29, 213, 252 (TITLE OVER:), 685 (an age), 1697 (KARL before a blank line), 2446 (EXT/INT.)');
      },
    },
    {
      name: 'the scene CodeLens is off by default; reelkit.codeLens.enabled turns it on',
      async run() {
        const editor = await openUntitled('INT. BUS STOP - NIGHT\n\nBOB\nShe is late.\n');
        const titles = async (): Promise<Array<string | undefined>> =>
          (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)).map((lens) => lens.command?.title);
        expectEqual(await titles(), [], 'lenses by default');
        const settings = vscode.workspace.getConfiguration('reelkit');
        await settings.update('codeLens.enabled', true, vscode.ConfigurationTarget.Global);
        try {
          expectEqual(await titles(), ['Continue scene', 'Dialogue…'], 'lenses with the setting on');
        } finally {
          await settings.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Global);
        }
      },
    },
    {
      name: 'completion after a blank line offers the other speaker of the exchange first',
      async run() {
        await open(brickAndSteel);
        // Line 30 (1-based) is STEEL's cue after a blank line; STEEL and BRICK have been trading lines.
        const labels = await completionLabels(corpusUri(brickAndSteel), new vscode.Position(29, 0));
        expectEqual(labels.slice(0, 2), ['BRICK', 'STEEL'], 'first two suggestions');
        for (const expected of ['COGNITO', 'DAN', 'JACK', 'MINION', 'HANDSOME MAN', 'INT.', 'EXT.']) {
          if (!labels.includes(expected)) throw new Error(`${expected} missing from ${labels.join(', ')}`);
        }
      },
    },
    {
      name: 'completion offers locations after INT. and nothing inside a note',
      async run() {
        const editor = await openUntitled('INT. KITCHEN - DAY\n\nMOM\nEat. [[she is tired\n  \nof this]]\n\nINT. \n');
        const uri = editor.document.uri;
        expectEqual(await completionLabels(uri, new vscode.Position(7, 5)), ['KITCHEN'], 'locations after INT.');
        expectEqual(await completionLabels(uri, new vscode.Position(5, 0)), [], 'inside the note, after a line of two spaces');
        expectEqual(await completionLabels(uri, new vscode.Position(3, 10)), [], 'inside the note on its first line');
      },
    },
    {
      name: 'diagnostics: none on a corpus script, a duplicate scene number reported',
      async run() {
        await open(brickAndSteel);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expectEqual(vscode.languages.getDiagnostics(corpusUri(brickAndSteel)), [], 'diagnostics of Brick & Steel');
        const editor = await openUntitled('INT. A - DAY #1#\n\nA.\n\nINT. B - DAY #1#\n\nB.\n');
        const diagnostics = await waitFor(() => {
          const found = vscode.languages.getDiagnostics(editor.document.uri);
          return found.length > 0 ? found : undefined;
        }, 'diagnostics');
        expectEqual(diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message, diagnostic.code]), [
          [4, 'Scene number 1 is used by an earlier scene too.', 'fountain/duplicate-scene-number'],
        ], 'diagnostics of the untitled script');
      },
    },
    {
      name: 'numbering scenes is one edit that one undo reverts, and the outline follows',
      async run() {
        const original = 'INT. A - DAY\n\nA.\n\nEXT. B - NIGHT #9#\n\nB.\n';
        const editor = await openUntitled(original);
        expectEqual(await vscode.commands.executeCommand('reelkit.numberScenes'), true, 'command result');
        expectEqual(editor.document.getText(), 'INT. A - DAY #1#\n\nA.\n\nEXT. B - NIGHT #2#\n\nB.\n', 'numbered text');
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
        expectEqual(symbols.map((symbol) => symbol.name), ['INT. A - DAY #1#', 'EXT. B - NIGHT #2#'], 'outline after numbering');
        await vscode.commands.executeCommand('undo');
        expectEqual(editor.document.getText(), original, 'text after one undo');
      },
    },
    {
      name: 'Continue scene generates against the fake server, applies as one edit, and one undo reverts it',
      async run() {
        const settings = vscode.workspace.getConfiguration('reelkit');
        await settings.update('provider', 'openai-compatible', vscode.ConfigurationTarget.Global);
        await settings.update('openaiCompatible.baseUrl', REELKIT_FAKE_OPENAI_URL, vscode.ConfigurationTarget.Global);
        await settings.update('model', 'fake-writer', vscode.ConfigurationTarget.Global);
        const original = 'INT. BUS STOP - NIGHT\n\nBOB waits in the rain.\n\nBOB\nShe is late.\n';
        const editor = await openUntitled(original);
        const outcome = await vscode.commands.executeCommand('reelkit.continueScene', { cursor: original.length, decision: 'apply' });
        expectEqual(outcome, 'applied', 'command outcome');
        expectEqual(editor.document.getText(), `${original}\n${fakeReplies.continueScene.trimEnd()}`, 'text after applying');
        expectEqual(await vscode.commands.executeCommand('reelkit.verifyProvenance'), true, 'the ledger verifies with the placed span');
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(7, 2));
        const hover = hovers.flatMap((found) => found.contents.map((content) => (typeof content === 'string' ? content : content.value))).find((text) => text.startsWith('Written by')) ?? '(no AI span hover)';
        expectEqual(hover.replace(/ on .* UTC;/u, ' on <time>;').replace(/entry \S+\.$/u, 'entry <id>.'), 'Written by local/fake-writer (continue) on <time>; unchanged since. Ledger entry <id>.', 'AI span hover');
        await vscode.commands.executeCommand('undo');
        expectEqual(editor.document.getText(), original, 'text after one undo');
      },
    },
    {
      name: 'a discarded Continue scene changes nothing',
      async run() {
        const original = 'INT. BUS STOP - NIGHT\n\nBOB waits.\n';
        const editor = await openUntitled(original);
        expectEqual(await vscode.commands.executeCommand('reelkit.continueScene', { cursor: original.length, decision: 'discard' }), 'discarded', 'command outcome');
        expectEqual(editor.document.getText(), original, 'text after discarding');
      },
    },
    {
      name: 'ghost text: the fake server\'s continuation appears at the cursor, and accepting it inserts exactly that text and records it',
      async run() {
        await useFakeServer(REELKIT_FAKE_GHOST_TEXT_URL);
        const settings = vscode.workspace.getConfiguration('reelkit');
        await settings.update('inlineSuggestions.enabled', true, vscode.ConfigurationTarget.Global);
        try {
          const original = 'INT. BUS STOP - NIGHT\n\nBOB waits in the rain.\n\n';
          const editor = await openUntitled(original);
          const end = editor.document.positionAt(original.length);
          editor.selection = new vscode.Selection(end, end);
          await vscode.commands.executeCommand('editor.action.inlineSuggest.trigger');
          // Tab's command: a no-op until the ghost text shows.
          const started = Date.now();
          while (editor.document.getText() === original && Date.now() - started < 5000) {
            await sleep(100);
            await vscode.commands.executeCommand('editor.action.inlineSuggest.commit');
          }
          expectEqual(editor.document.getText(), `${original}${fakeReplies.ghostText.trimEnd()}`, 'text after accepting the ghost text');
          await waitFor(() => (vscode.window.activeTextEditor === editor ? true : undefined), 'the script to stay active');
          expectEqual(await vscode.commands.executeCommand('reelkit.verifyProvenance'), true, 'the accepted ghost text is in the ledger, where it landed');
        } finally {
          // Closing the script cancels any automatic request the accepted text set off, so none reaches a later test's server.
          await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
          await settings.update('inlineSuggestions.enabled', undefined, vscode.ConfigurationTarget.Global);
        }
      },
    },
    {
      name: 'cancelling a generation mid-way (the progress notification\'s Cancel) changes nothing and records nothing in the ledger',
      async run() {
        await useFakeServer(REELKIT_FAKE_STALLING_URL);
        const files = new MemoryFileSystem();
        const registration = vscode.workspace.registerFileSystemProvider('reelkit-e2e', files, { isCaseSensitive: true });
        try {
          const script = vscode.Uri.parse('reelkit-e2e:/bus-stop.fountain');
          const ledger = vscode.Uri.parse('reelkit-e2e:/bus-stop.fountain.ledger.jsonl');
          // run.mjs checks that this text reached the stalling server, so Cancel came mid-way, not before the request.
          const original = 'INT. BUS STOP - NIGHT\n\nBOB waits at the stop.\n';
          await vscode.workspace.fs.writeFile(script, new TextEncoder().encode(original));
          const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(script));
          await vscode.commands.executeCommand('notifications.clearAll');
          // The server has sent its headers and nothing more: the generation is under way when Cancel is pressed.
          const running = vscode.commands.executeCommand<string>('reelkit.continueScene', { uri: script.toString(), cursor: original.length, decision: 'apply' });
          expectEqual(await cancelProgress(running, 1000), 'cancelled', 'command outcome');
          expectEqual(editor.document.getText(), original, 'text after cancelling');
          expectEqual(files.has(ledger), false, 'a ledger beside the script after cancelling');
          // The same run against a server that answers does write the ledger, so the check above can fail.
          await useFakeServer(REELKIT_FAKE_OPENAI_URL);
          expectEqual(await vscode.commands.executeCommand('reelkit.continueScene', { uri: script.toString(), cursor: original.length, decision: 'discard' }), 'discarded', 'outcome of the run let finish');
          expectEqual(files.has(ledger), true, 'a ledger beside the script after a finished generation');
          expectEqual(editor.document.getText(), original, 'text after discarding');
        } finally {
          await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
          registration.dispose();
        }
      },
    },
    {
      name: 'the preview webview loads and runs its script',
      async run() {
        await open(brickAndSteel);
        expectEqual(await vscode.commands.executeCommand('reelkit.showPreview'), true, 'preview ready');
      },
    },
    {
      name: 'a language finding in narration is a problem with a quick fix; the same word in dialogue is not',
      async run() {
        const editor = await openUntitled('INT. STATION - DAY\n\nA fireman waits.\n\nBOB\nThe fireman is late.\n');
        const findings = await waitFor(() => {
          const found = vscode.languages.getDiagnostics(editor.document.uri).filter((diagnostic) => diagnostic.source === 'reelkit language');
          return found.length > 0 ? found : undefined;
        }, 'language diagnostics');
        expectEqual(findings.map((diagnostic) => [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character, diagnostic.code]), [[2, 2, 9, 'lang.gendered-job-title']], 'language diagnostics');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, findings[0]?.range);
        const fix = actions.find((action) => action.title === 'Replace with “firefighter”');
        if (fix?.edit === undefined) throw new Error(`no quick fix among: ${actions.map((action) => action.title).join(', ')}`);
        await vscode.workspace.applyEdit(fix.edit);
        expectEqual(editor.document.lineAt(2).text, 'A firefighter waits.', 'line after the quick fix');
      },
    },
    {
      name: 'the inclusivity report webview renders the CLI report',
      async run() {
        await open(brickAndSteel);
        expectEqual(await vscode.commands.executeCommand('reelkit.showReport'), true, 'report page rendered');
      },
    },
    {
      name: 'Declare cast… from the report page: a pick per speaker, most lines first, written as one edit that one undo reverts',
      async run() {
        const script = 'INT. BUS STOP - NIGHT\n\nBOB\nShe is late.\n\nALICE\nThe bus never came.\n\nBOB\nShe will.\n';
        const editor = await openUntitled(script);
        expectEqual(await vscode.commands.executeCommand('reelkit.showReport'), true, 'report page rendered');
        // The report page has focus now; its quick fix passes the script's URI, as this call does.
        const declared = vscode.commands.executeCommand<boolean>('reelkit.declareCast', editor.document.uri);
        for (let pick = 0; pick < 2; pick += 1) {
          await new Promise((resolve) => setTimeout(resolve, 400));
          await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        }
        expectEqual(await declared, true, 'the cast block was written');
        const text = editor.document.getText();
        expectEqual(text.slice(0, text.indexOf('*/') + 2).split('\n')[0], '/* Cast', 'a Cast block at the top');
        expectEqual(text.slice(0, text.indexOf('*/')).split('\n').slice(1).filter((line) => line !== '').map((line) => line.split(':')[0]), ['BOB', 'ALICE'], 'most lines first');
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('undo');
        expectEqual(editor.document.getText(), script, 'one undo reverts the whole block');
      },
    },
    {
      name: 'Export Final Draft file, Import Final Draft file and Export breakdown write and read real files (Brick & Steel)',
      async run() {
        const files = new MemoryFileSystem();
        const registration = vscode.workspace.registerFileSystemProvider('reelkit-export', files, { isCaseSensitive: true });
        try {
          const editor = await open(brickAndSteel);
          const fdx = vscode.Uri.parse('reelkit-export:/brick-and-steel.fdx');
          expectEqual((await vscode.commands.executeCommand<vscode.Uri>('reelkit.exportFinalDraft', fdx))?.toString(), fdx.toString(), 'exported to the target');
          const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(fdx));
          expectEqual(written.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script"'), true, 'an FDX document');
          const headings = (written.match(/<Paragraph [^>]*Type="Scene Heading"/gu) ?? []).length;
          // Six INT./EXT. headings and two forced ones (.SNIPER SCOPE POV, .OPENING TITLES).
          expectEqual(headings, 8, 'one Scene Heading paragraph per scene');
          // Imported back: a new Fountain document with the same scene headings, nothing overwritten.
          const imported = await vscode.commands.executeCommand<vscode.TextDocument>('reelkit.importFinalDraft', fdx);
          expectEqual([imported?.languageId, imported?.isUntitled], ['fountain', true], 'a new unsaved Fountain script');
          const headingsOf = (text: string): string[] => text.split(/\r?\n/u).filter((line) => /^(?:INT|EXT)[. ]|^\.[A-Z]/u.test(line));
          expectEqual(headingsOf(imported?.getText() ?? ''), headingsOf(editor.document.getText()), 'the same scene headings');
          await vscode.window.showTextDocument(editor.document);
          const csv = vscode.Uri.parse('reelkit-export:/brick-and-steel.locations.csv');
          await vscode.commands.executeCommand('reelkit.exportBreakdown', csv, 'locations');
          const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)).split('\r\n');
          expectEqual(rows[0], 'Location,Scenes,Eighths,Pages,INT/EXT,Times', 'the locations table');
          expectEqual(rows.filter((row) => row !== '').length > 2, true, 'a row per location');
        } finally {
          registration.dispose();
          await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        }
      },
    },
    {
      name: 'Export PDF writes Brick & Steel as a PDF with the pagination\'s pages, from its worker',
      async run() {
        const files = new MemoryFileSystem();
        const registration = vscode.workspace.registerFileSystemProvider('reelkit-pdf', files, { isCaseSensitive: true });
        try {
          const editor = await open(brickAndSteel);
          const target = vscode.Uri.parse('reelkit-pdf:/brick-and-steel.pdf');
          const outcome = await vscode.commands.executeCommand<PdfExportOutcome>('reelkit.exportPdf', target);
          const { pages, titlePages } = paginateScreenplay(parseFountain(editor.document.getText()), { paper: 'letter' });
          if (outcome.outcome !== 'exported') throw new Error(`the export ended ${outcome.outcome}`);
          expectEqual([outcome.uri.toString(), outcome.pageCount, outcome.titlePageCount, outcome.findings], [target.toString(), pages.length, titlePages.length, []], 'the outcome');
          const bytes = await vscode.workspace.fs.readFile(target);
          const text = new TextDecoder('latin1').decode(bytes);
          expectEqual(text.slice(0, 5), '%PDF-', 'the file starts as a PDF');
          expectEqual((text.match(/\/Type \/Page\b/gu) ?? []).length, titlePages.length + pages.length, 'page objects in the file');
          // run.mjs reads it back with poppler (pdfinfo, pdftotext) when that is installed.
          const contains = ['BRICK & STEEL', "EXT. BRICK'S PATIO - DAY", "Beer's ready!"];
          console.log(`${pdfMarker} ${JSON.stringify({ name: 'brick-and-steel.pdf', pages: titlePages.length + pages.length, contains, base64: base64(bytes) })}`);
        } finally {
          registration.dispose();
          await vscode.commands.executeCommand('notifications.clearAll');
        }
      },
    },
    {
      name: 'cancelling Export PDF mid-way (the progress notification\'s Cancel) writes nothing; without the stalled font it writes the file and names the missing characters',
      async run() {
        const files = new MemoryFileSystem();
        const registration = vscode.workspace.registerFileSystemProvider('reelkit-pdf-cancel', files, { isCaseSensitive: true });
        const settings = vscode.workspace.getConfiguration('reelkit');
        try {
          // Japanese needs the fallback font, whose read never finishes: the export is under way when Cancel is pressed.
          const font = vscode.Uri.parse('reelkit-pdf-cancel:/slow-drive-font.ttf');
          await vscode.workspace.fs.writeFile(font, new Uint8Array([0, 1, 0, 0]));
          const fontRead = files.stallReadsOf(font);
          await settings.update('pdf.fallbackFont', font.toString(), vscode.ConfigurationTarget.Global);
          const editor = await openUntitled('INT. TOKYO STATION - NIGHT\n\nA sign: 東京駅.\n\nKENJI\nLate again.\n');
          const target = vscode.Uri.parse('reelkit-pdf-cancel:/tokyo.pdf');
          await vscode.commands.executeCommand('notifications.clearAll');
          const running = vscode.commands.executeCommand<PdfExportOutcome>('reelkit.exportPdf', target);
          await fontRead;
          expectEqual(await cancelProgress(running, 0), { outcome: 'cancelled' }, 'the outcome of the cancelled export');
          expectEqual(files.has(target), false, 'a PDF after cancelling');
          // The same export without that font finishes, so the check above can fail, and says what no font had.
          await settings.update('pdf.fallbackFont', undefined, vscode.ConfigurationTarget.Global);
          await vscode.window.showTextDocument(editor.document);
          const finished = await vscode.commands.executeCommand<PdfExportOutcome>('reelkit.exportPdf', target);
          expectEqual(finished.outcome === 'exported' ? [finished.pageCount, finished.findings] : finished, [1, ['pdf.missing-glyph']], 'the export let finish');
          expectEqual(files.has(target), true, 'a PDF after the export let finish');
        } finally {
          await settings.update('pdf.fallbackFont', undefined, vscode.ConfigurationTarget.Global);
          await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
          await vscode.commands.executeCommand('notifications.clearAll');
          registration.dispose();
        }
      },
    },
    {
      name: 'the statistics view opens',
      async run() {
        await open(brickAndSteel);
        await vscode.commands.executeCommand('reelkit.showStatistics');
        const labels = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
        await waitFor(() => (labels().includes('Statistics: Brick-and-Steel.fountain') ? true : undefined), `a statistics tab (tabs: ${labels().join(', ')})`);
      },
    },
  ]);
}
