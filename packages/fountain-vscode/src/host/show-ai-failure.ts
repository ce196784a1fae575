import * as vscode from 'vscode';
import { setApiKeyButton, type AiFailureNotice } from '../ai-failure-notice.js';

/** Shows a failed AI run's error; a missing key gets a **Set API key** button that asks for that provider's key. */
export async function showAiFailure(notice: AiFailureNotice): Promise<void> {
  const { setApiKey } = notice;
  if (setApiKey === undefined) {
    void vscode.window.showErrorMessage(notice.message);
    return;
  }
  if ((await vscode.window.showErrorMessage(notice.message, setApiKeyButton)) === setApiKeyButton) {
    await vscode.commands.executeCommand('reelkit.setApiKey', setApiKey.provider);
  }
}
