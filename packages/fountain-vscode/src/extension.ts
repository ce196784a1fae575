// Entry of the extension in both hosts (node and web worker): it only wires features to VS Code.
import type * as vscode from 'vscode';
import { createFountainLanguageCheck, createGuard } from '@reelkit/core/guard';
import { createInstallKeys, createSessionChecks, defaultCheckSettings } from '@reelkit/core/session';
import { AiProvenanceView } from './host/ai-provenance-view.js';
import { registerBrainstormCommands } from './host/brainstorm-commands.js';
import { registerCompletionProvider } from './host/completion-provider.js';
import { registerCueSemanticTokens } from './host/cue-semantic-tokens.js';
import { registerDeclareCastCommand } from './host/declare-cast-command.js';
import { registerDiagnosticsPublisher } from './host/diagnostics-publisher.js';
import { registerExportCommands } from './host/export-commands.js';
import { registerExportPdfCommand } from './host/export-pdf-command.js';
import { DocumentModels } from './host/document-models.js';
import { registerFoldingProvider } from './host/folding-provider.js';
import { registerInlineContinuationProvider } from './host/inline-continuation-provider.js';
import { registerLanguageDiagnostics } from './host/language-diagnostics.js';
import { Ledgers } from './host/ledgers.js';
import { registerOutlineProvider } from './host/outline-provider.js';
import { registerPreviewCommand } from './host/preview-command.js';
import { ProposalPreviews } from './host/proposal-previews.js';
import { registerRenumberScenesCommands } from './host/renumber-scenes-command.js';
import { registerReportCommand } from './host/report-command.js';
import { registerRuntimeStatusBar } from './host/runtime-status-bar.js';
import { registerSceneCodeLens } from './host/scene-code-lens.js';
import { registerScriptEditCommands } from './host/script-edit-commands.js';
import { registerSetApiKeyCommand } from './host/set-api-key-command.js';
import { registerStatisticsCommand } from './host/statistics-panel.js';
import { registerVerifyProvenanceCommand } from './host/verify-provenance-command.js';
import { createVscodeSecretStore } from './host/vscode-secret-store.js';

/** The names the extension has always kept its ledger keys under in SecretStorage, so existing installs keep them. */
const installKeyNames = { promptKey: 'reelkit.ledger.promptKey', signingKey: 'reelkit.ledger.signingKey' };

/** Called by VS Code on the first Fountain file or Reelkit command. */
export function activate(context: vscode.ExtensionContext): void {
  const models = new DocumentModels();
  // One guard for the session: one call policy (concurrency, cache) that every provider shares. Each AI command
  // swaps in the checks the user left on (`reelkit.checks.*`); until then, the defaults.
  const guard = createGuard({ checks: createSessionChecks(defaultCheckSettings, undefined, createFountainLanguageCheck) });
  const ledgers = new Ledgers(createInstallKeys(createVscodeSecretStore(context.secrets), guard.runtime.subtle, installKeyNames), guard);
  const previews = new ProposalPreviews();
  const ai = { secrets: context.secrets, ledgers, previews };
  context.subscriptions.push(
    models,
    ledgers,
    previews,
    registerOutlineProvider(models),
    registerFoldingProvider(models),
    registerCueSemanticTokens(models),
    registerCompletionProvider(models),
    registerDiagnosticsPublisher(models),
    registerLanguageDiagnostics(models),
    registerRuntimeStatusBar(models),
    registerStatisticsCommand(models),
    registerReportCommand(models),
    registerPreviewCommand(models),
    registerRenumberScenesCommands(models),
    registerDeclareCastCommand(models),
    registerExportCommands(models),
    registerExportPdfCommand(models, context.extensionUri),
    registerSetApiKeyCommand(context.secrets),
    // AI: every command previews before applying and refuses in an untrusted workspace.
    registerScriptEditCommands(ai, models),
    registerBrainstormCommands(ai, models),
    registerSceneCodeLens(models),
    registerInlineContinuationProvider(context.secrets, ledgers, models),
    new AiProvenanceView(ledgers),
    registerVerifyProvenanceCommand(ledgers),
  );
  // After the publishers subscribed, so scripts open before activation get diagnostics too.
  models.loadOpenDocuments();
}

/** Everything is disposed through `context.subscriptions`; nothing else to release. */
export function deactivate(): void {}
