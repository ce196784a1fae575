import * as vscode from 'vscode';
import { apiKeySecretId, keyedProviders } from '../keyed-providers.js';
import { validateApiKey } from '../validate-api-key.js';

/** Registers **Reelkit: Set API key**, which keeps the key in VS Code's `SecretStorage` and nowhere else. */
export function registerSetApiKeyCommand(secrets: vscode.SecretStorage): vscode.Disposable {
  return vscode.commands.registerCommand('reelkit.setApiKey', async () => {
    const choice = await vscode.window.showQuickPick(
      keyedProviders.map((provider) => ({ label: provider.label, description: provider.credentialName, provider })),
      { title: 'Reelkit: Set API key', placeHolder: 'Which service is the key for?' },
    );
    if (choice === undefined) return;
    const { provider } = choice;

    const input = await vscode.window.showInputBox({
      title: `Reelkit: ${provider.label} ${provider.credentialName}`,
      prompt: `Stored in VS Code's secret storage, never in settings. Leave empty to remove the stored ${provider.credentialName}.`,
      password: true,
      // Pasting from a password manager moves focus away; the box must survive that.
      ignoreFocusOut: true,
      validateInput: validateApiKey,
    });
    if (input === undefined) return;

    const key = input.trim();
    if (key === '') {
      await secrets.delete(apiKeySecretId(provider.id));
      void vscode.window.showInformationMessage(`Reelkit: removed the ${provider.label} ${provider.credentialName}.`);
    } else {
      await secrets.store(apiKeySecretId(provider.id), key);
      void vscode.window.showInformationMessage(`Reelkit: saved the ${provider.label} ${provider.credentialName}.`);
    }
  });
}
