import * as vscode from 'vscode';
import { AbortError } from '@reelkit/core/errors';
import type { GuardedResult } from '@reelkit/core/guard';
import type { TaskContext } from '@reelkit/core/tasks/writing';
import { describeAiFailure } from '../ai-failure-notice.js';
import { describeResult } from '../describe-result.js';
import { applyProposedEdit, type ProposedEdit } from '../proposed-edit.js';
import { createGuardedTextModel } from './create-guarded-text-model.js';
import type { Ledgers } from './ledgers.js';
import type { ProposalDecision, ProposalPreviews } from './proposal-previews.js';
import { showAiFailure } from './show-ai-failure.js';

/** How an AI edit ended; commands resolve to it so scripts and tests can tell. */
export type AiEditOutcome = 'applied' | 'discarded' | 'cancelled' | 'refused' | 'failed';

/** What the AI commands share. */
export interface AiEditServices {
  readonly secrets: vscode.SecretStorage;
  readonly ledgers: Ledgers;
  readonly previews: ProposalPreviews;
}

/** One AI edit of a script: a title, the generation, and how its result becomes an edit. */
export interface AiEditRequest<Output> {
  readonly title: string;
  readonly document: vscode.TextDocument;
  readonly generate: (context: TaskContext) => Promise<GuardedResult<Output>>;
  /** The edit the output proposes; `undefined` when the writer declined to pick one. */
  readonly toEdit: (output: Output) => ProposedEdit | undefined | Promise<ProposedEdit | undefined>;
  /** Skips the question (scripted callers, tests); the diff is still shown. */
  readonly decided?: ProposalDecision;
}

/** The message AI commands show in a workspace the user has not trusted. */
export const untrustedMessage = 'Reelkit: AI features are off in Restricted Mode, so no script text leaves this workspace. Trust the workspace to use them.';

/** True when AI may run; otherwise tells the user why not. Nothing is sent from an untrusted workspace. */
export function requireTrust(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(untrustedMessage);
  return false;
}

/**
 * Generates with cancellable progress, previews the result as a diff, and on Apply makes it one edit (one undo
 * step) and records its placement in the script's ledger. A cancelled or discarded run changes nothing.
 */
export async function runAiEdit<Output>(services: AiEditServices, request: AiEditRequest<Output>): Promise<AiEditOutcome> {
  if (!requireTrust()) return 'refused';
  const { document } = request;
  const version = document.version;
  let result: GuardedResult<Output>;
  const controller = new AbortController();
  try {
    const { guard } = await services.ledgers.for(document.uri);
    const model = await createGuardedTextModel(services.secrets, guard);
    result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Reelkit: ${request.title}…`, cancellable: true }, (_progress, token) => {
      const subscription = token.onCancellationRequested(() => controller.abort(new Error('cancelled by the user')));
      return request.generate({ model, signal: controller.signal }).finally(() => subscription.dispose());
    });
  } catch (error) {
    if (error instanceof AbortError || controller.signal.aborted) return 'cancelled';
    // A ReelkitError's message already says how to fix it; a missing key also gets a button that sets it.
    void showAiFailure(describeAiFailure(request.title, error));
    return 'failed';
  }
  if (document.version !== version) {
    void vscode.window.showWarningMessage(`Reelkit: the script changed while "${request.title}" ran; nothing was applied. Run it again.`);
    return 'discarded';
  }
  const edit = await request.toEdit(result.output);
  if (edit === undefined) return 'discarded';
  const applied = applyProposedEdit(document.getText(), edit);
  const decision = await services.previews.ask(document, applied.document, request.title, describeResult(result), request.decided);
  if (decision === 'discard' || document.version !== version) return 'discarded';
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
  if (!(await vscode.workspace.applyEdit(workspaceEdit))) return 'failed';
  if (result.provenanceId !== undefined) {
    const { recorder } = await services.ledgers.for(document.uri);
    await recorder.recordPlacement({ generationId: result.provenanceId, document: document.getText(), start: applied.start, end: applied.end });
    services.ledgers.didRecord(document.uri);
  }
  return 'applied';
}
