// Entry of the extension in both hosts (node and web worker): it only wires features to VS Code.
import type * as vscode from 'vscode';
import { registerCompletionProvider } from './host/completion-provider.js';
import { registerDiagnosticsPublisher } from './host/diagnostics-publisher.js';
import { DocumentModels } from './host/document-models.js';
import { registerFoldingProvider } from './host/folding-provider.js';
import { registerOutlineProvider } from './host/outline-provider.js';
import { registerPreviewCommand } from './host/preview-command.js';
import { registerRenumberScenesCommands } from './host/renumber-scenes-command.js';
import { registerRuntimeStatusBar } from './host/runtime-status-bar.js';
import { registerSetApiKeyCommand } from './host/set-api-key-command.js';
import { registerStatisticsCommand } from './host/statistics-panel.js';

/** Called by VS Code on the first Fountain file or Reelkit command. */
export function activate(context: vscode.ExtensionContext): void {
  const models = new DocumentModels();
  context.subscriptions.push(
    models,
    registerOutlineProvider(models),
    registerFoldingProvider(models),
    registerCompletionProvider(models),
    registerDiagnosticsPublisher(models),
    registerRuntimeStatusBar(models),
    registerStatisticsCommand(models),
    registerPreviewCommand(models),
    registerRenumberScenesCommands(models),
    registerSetApiKeyCommand(context.secrets),
  );
  // After the publishers subscribed, so scripts open before activation get diagnostics too.
  models.loadOpenDocuments();
}

/** Everything is disposed through `context.subscriptions`; nothing else to release. */
export function deactivate(): void {}
