import * as vscode from 'vscode';
import { verifyLedger } from '@reelkit/core/provenance';
import { createRuntime } from '@reelkit/core/runtime';
import { formatVerification } from '../format-verification.js';
import { fountainLanguageId } from './document-models.js';
import { documentTitle } from './document-title.js';
import type { Ledgers } from './ledgers.js';

/**
 * Registers **Reelkit: Verify provenance**: checks the ledger beside the active script (hash chain, signatures, AI
 * spans against the text) and lists every issue by entry id in the Reelkit output. Resolves to whether it verified.
 */
export function registerVerifyProvenanceCommand(ledgers: Ledgers): vscode.Disposable {
  const output = vscode.window.createOutputChannel('Reelkit');
  return vscode.Disposable.from(
    output,
    vscode.commands.registerCommand('reelkit.verifyProvenance', async (): Promise<boolean> => {
      const document = vscode.window.activeTextEditor?.document;
      if (document?.languageId !== fountainLanguageId) {
        void vscode.window.showInformationMessage('Reelkit: open a Fountain script to verify its ledger.');
        return false;
      }
      const title = documentTitle(document);
      const text = await ledgers.store(document.uri).read();
      if (text === undefined) {
        void vscode.window.showInformationMessage(`Reelkit: ${title} has no ledger yet: no AI text was applied to it.`);
        return false;
      }
      const runtime = createRuntime();
      const verification = await verifyLedger(text, document.getText(), { subtle: runtime.subtle, hasher: runtime.hasher });
      const { summary, lines } = formatVerification(title, verification);
      output.appendLine(`[${new Date().toISOString()}]`);
      for (const line of lines) output.appendLine(line);
      if (verification.ok) void vscode.window.showInformationMessage(`Reelkit: ${summary}`);
      else {
        output.show(true);
        void vscode.window.showWarningMessage(`Reelkit: ${summary}`);
      }
      return verification.ok;
    }),
  );
}
