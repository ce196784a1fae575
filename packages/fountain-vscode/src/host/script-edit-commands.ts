import * as vscode from 'vscode';
import { continueScript, rewriteSelection, writeDialogue } from '@reelkit/core/tasks/writing';
import { readAiCommandArguments } from '../ai-command-arguments.js';
import { blockInsertion } from '../block-insertion.js';
import { rankSpeakers } from '../rank-speakers.js';
import { resolveAiTarget } from './ai-target.js';
import type { DocumentModels } from './document-models.js';
import { runAiEdit, type AiEditOutcome, type AiEditServices } from './run-ai-edit.js';
import { omitUndefined } from '@reelkit/core/runtime';

/**
 * Registers **Continue scene**, **Rewrite selection** and **Write dialogue for a character**: each previews its
 * result as a diff and applies it as one undo step. Each resolves to how it ended (`AiEditOutcome`).
 */
export function registerScriptEditCommands(services: AiEditServices, models: DocumentModels): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('reelkit.continueScene', async (argument?: unknown): Promise<AiEditOutcome> => {
      const args = readAiCommandArguments(argument);
      const target = resolveAiTarget(args);
      if (target === undefined) return 'refused';
      const script = target.document.getText();
      return runAiEdit(services, {
        title: 'Continue scene',
        document: target.document,
        generate: (context) => continueScript(context, { script, screenplay: models.get(target.document).screenplay, cursor: target.cursor }),
        toEdit: (draft) => ({ start: draft.insertAt, end: draft.insertAt, text: draft.insertText }),
        ...omitUndefined({ decided: args.decision }),
      });
    }),
    vscode.commands.registerCommand('reelkit.rewriteSelection', async (argument?: unknown): Promise<AiEditOutcome> => {
      const args = readAiCommandArguments(argument);
      const target = resolveAiTarget(args);
      if (target === undefined) return 'refused';
      if (target.selection.start === target.selection.end) {
        void vscode.window.showInformationMessage('Reelkit: select the text to rewrite first.');
        return 'refused';
      }
      const tone = args.tone ?? (await vscode.window.showInputBox({ title: 'Reelkit: Rewrite selection', prompt: 'How should it read?', placeHolder: 'tighter, funnier, more menacing…' }));
      if (tone === undefined || tone.trim() === '') return 'refused';
      const script = target.document.getText();
      return runAiEdit(services, {
        title: 'Rewrite selection',
        document: target.document,
        generate: (context) => rewriteSelection(context, { script, screenplay: models.get(target.document).screenplay, selection: target.selection, tone }),
        toEdit: (draft) => ({ start: draft.selection.start, end: draft.selection.end, text: draft.fountain }),
        ...omitUndefined({ decided: args.decision }),
      });
    }),
    vscode.commands.registerCommand('reelkit.writeDialogue', async (argument?: unknown): Promise<AiEditOutcome> => {
      const args = readAiCommandArguments(argument);
      const target = resolveAiTarget(args);
      if (target === undefined) return 'refused';
      const { screenplay } = models.get(target.document);
      const lineStart = target.document.offsetAt(target.document.positionAt(target.cursor).with({ character: 0 }));
      const character = args.character ?? (await vscode.window.showQuickPick(rankSpeakers(screenplay, lineStart), { title: 'Reelkit: Write dialogue', placeHolder: 'For which character?' }));
      if (character === undefined) return 'refused';
      const script = target.document.getText();
      return runAiEdit(services, {
        title: `Dialogue for ${character}`,
        document: target.document,
        generate: (context) => writeDialogue(context, { script, screenplay, character, cursor: target.cursor }),
        toEdit: (draft) => blockInsertion(script, target.cursor, draft.fountain),
        ...omitUndefined({ decided: args.decision }),
      });
    }),
  );
}
