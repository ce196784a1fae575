import * as vscode from 'vscode';
import { brickAndSteel, open, openUntitled, waitFor } from './e2e-support.js';
import { expectEqual } from './expect-equal.js';
import type { EndToEndTest } from './run-tests.js';

/** The webviews and checks: preview, language findings, the inclusivity report and its Declare cast… quick fix, statistics. */
export const viewTests: readonly EndToEndTest[] = [
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
    name: 'the statistics view opens',
    async run() {
      await open(brickAndSteel);
      await vscode.commands.executeCommand('reelkit.showStatistics');
      const labels = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
      await waitFor(() => (labels().includes('Statistics: Brick-and-Steel.fountain') ? true : undefined), `a statistics tab (tabs: ${labels().join(', ')})`);
    },
  },
];
