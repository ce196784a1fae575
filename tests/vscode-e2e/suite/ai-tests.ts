import * as vscode from 'vscode';
import { cancelProgress, fakeServers, openUntitled, sleep, useFakeServer, waitFor } from './e2e-support.js';
import { expectEqual } from './expect-equal.js';
import fakeReplies from './fake-replies.json';
import { MemoryFileSystem } from './memory-file-system.js';
import type { EndToEndTest } from './run-tests.js';

/** AI against the loopback fakes: Continue scene applied or discarded, ghost text, cancelling mid-way. */
export const aiTests: readonly EndToEndTest[] = [
  {
    name: 'Continue scene generates against the fake server, applies as one edit, and one undo reverts it',
    async run() {
      const settings = vscode.workspace.getConfiguration('reelkit');
      await settings.update('provider', 'openai-compatible', vscode.ConfigurationTarget.Global);
      await settings.update('openaiCompatible.baseUrl', fakeServers.writer, vscode.ConfigurationTarget.Global);
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
      await useFakeServer(fakeServers.ghostText);
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
      await useFakeServer(fakeServers.stalling);
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
        await useFakeServer(fakeServers.writer);
        expectEqual(await vscode.commands.executeCommand('reelkit.continueScene', { uri: script.toString(), cursor: original.length, decision: 'discard' }), 'discarded', 'outcome of the run let finish');
        expectEqual(files.has(ledger), true, 'a ledger beside the script after a finished generation');
        expectEqual(editor.document.getText(), original, 'text after discarding');
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        registration.dispose();
      }
    },
  },
];
