// Entry of the extension in both hosts (node and web worker): it only wires features to VS Code.
import type * as vscode from 'vscode';
import { registerSetApiKeyCommand } from './host/set-api-key-command.js';

/** Called by VS Code on the first Fountain file or Reelkit command. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(registerSetApiKeyCommand(context.secrets));
}

/** Everything is disposed through `context.subscriptions`; nothing else to release. */
export function deactivate(): void {}
