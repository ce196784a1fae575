import * as vscode from 'vscode';
import { continueScript } from '@reelkit/core/tasks/writing';
import { describeAiFailure } from '../ai-failure-notice.js';
import { maySuggestContinuation } from '../may-suggest-continuation.js';
import { createGuardedTextModel } from './create-guarded-text-model.js';
import { fountainLanguageId, type DocumentModels } from './document-models.js';
import type { Ledgers } from './ledgers.js';
import { showAiFailure } from './show-ai-failure.js';

const acceptedCommand = 'reelkit.inlineContinuationAccepted';

/** What the accept command gets: enough to record where the accepted ghost text landed. */
interface Accepted {
  readonly uri: string;
  readonly generationId: string;
  readonly start: number;
  readonly length: number;
}

/**
 * Registers opt-in ghost text (`reelkit.inlineSuggestions.enabled`, off by default): after typing pauses, a
 * continuation from `continueScript`, cancelled as soon as the writer types on. Never in notes or boneyard, never in
 * an untrusted workspace. Accepting records the placement in the ledger, like an applied preview.
 */
export function registerInlineContinuationProvider(secrets: vscode.SecretStorage, ledgers: Ledgers, models: DocumentModels): vscode.Disposable {
  const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('reelkit');
  let toldMissingKey = false;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(acceptedCommand, async (accepted: Accepted) => {
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === accepted.uri);
      if (document === undefined) return;
      const { recorder } = await ledgers.for(document.uri);
      await recorder.recordPlacement({ generationId: accepted.generationId, document: document.getText(), start: accepted.start, end: accepted.start + accepted.length });
      ledgers.didRecord(document.uri);
    }),
    vscode.languages.registerInlineCompletionItemProvider(
      { language: fountainLanguageId },
      {
        async provideInlineCompletionItems(document, position, context, token) {
          if (!vscode.workspace.isTrusted || !settings().get<boolean>('inlineSuggestions.enabled', false)) return undefined;
          const script = document.getText();
          const cursor = document.offsetAt(position);
          if (!maySuggestContinuation(models.get(document).screenplay, script, cursor)) return undefined;
          // Debounce: an automatic request waits for typing to pause; the next keystroke cancels the token.
          if (context.triggerKind === vscode.InlineCompletionTriggerKind.Automatic && !(await paused(settings().get<number>('inlineSuggestions.delayMs', 800), token))) return undefined;
          const controller = new AbortController();
          const subscription = token.onCancellationRequested(() => controller.abort(new Error('typing went on')));
          try {
            const { guard } = await ledgers.for(document.uri);
            const model = await createGuardedTextModel(secrets, guard);
            const result = await continueScript({ model, signal: controller.signal }, { script, screenplay: models.get(document).screenplay, cursor });
            const { insertText, insertAt } = result.output;
            if (token.isCancellationRequested || insertText === '' || document.getText() !== script) return undefined;
            const item = new vscode.InlineCompletionItem(insertText, new vscode.Range(document.positionAt(insertAt), document.positionAt(insertAt)));
            if (result.provenanceId !== undefined) {
              const accepted: Accepted = { uri: document.uri.toString(), generationId: result.provenanceId, start: insertAt, length: insertText.length };
              item.command = { title: 'Record the accepted continuation', command: acceptedCommand, arguments: [accepted] };
            }
            return [item];
          } catch (error) {
            // Ghost text is a convenience: a failed or cancelled call shows nothing rather than interrupting typing. A
            // missing key is said once a session, with the button that sets it; else ghost text would stay silent for good.
            const notice = describeAiFailure('Ghost text', error);
            if (notice.setApiKey !== undefined && !toldMissingKey) {
              toldMissingKey = true;
              void showAiFailure(notice);
            }
            return undefined;
          } finally {
            subscription.dispose();
          }
        },
      },
    ),
  );
}

function paused(delayMs: number, token: vscode.CancellationToken): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve(!token.isCancellationRequested);
    }, delayMs);
    const subscription = token.onCancellationRequested(() => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(false);
    });
  });
}
