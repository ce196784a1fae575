import * as vscode from 'vscode';
import type { TextModel } from '@reelkit/core/models';
import { createChatTextModel } from '../chat-text-model.js';

/** The provider name recorded for models VS Code provides. */
export const vscodeLmProvider = 'vscode-lm';

/** A TextModel over one of VS Code's language models (`vscode.lm`, e.g. Copilot's); cancellation maps to a token. */
export function createVscodeLmTextModel(chat: vscode.LanguageModelChat): TextModel {
  return createChatTextModel({
    provider: vscodeLmProvider,
    modelId: `${chat.vendor}/${chat.id}`,
    async *send(turns, signal) {
      const cancellation = new vscode.CancellationTokenSource();
      const cancel = (): void => cancellation.cancel();
      signal?.addEventListener('abort', cancel);
      try {
        const messages = turns.map((turn) => (turn.role === 'assistant' ? vscode.LanguageModelChatMessage.Assistant(turn.text) : vscode.LanguageModelChatMessage.User(turn.text)));
        const response = await chat.sendRequest(messages, { justification: 'Reelkit writes the screenplay text you asked for.' }, cancellation.token);
        yield* response.text;
      } finally {
        signal?.removeEventListener('abort', cancel);
        cancellation.dispose();
      }
    },
  });
}
