import * as vscode from 'vscode';
import { bigFish, brickAndSteel, completionLabels, corpusUri, lastBirthdayCard, open, openUntitled, semanticTokens, shape, waitFor, type SymbolShape } from './e2e-support.js';
import { expectEqual } from './expect-equal.js';
import type { EndToEndTest } from './run-tests.js';

/** The language features on corpus scripts: outline, folding, colours, CodeLens, completion, diagnostics, numbering. */
export const languageTests: readonly EndToEndTest[] = [
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
];
