import * as vscode from 'vscode';
import { apiKeySecretId, findKeyedProvider, keyedProviders, type KeyedProvider } from '../keyed-providers.js';
import { validateApiKey } from '../validate-api-key.js';

/**
 * Registers **Reelkit: Set API key**, which keeps the key in VS Code's `SecretStorage` and nowhere else. Given a
 * provider id (as a missing-key error's button passes it), it asks for that provider's key straight away.
 */
export function registerSetApiKeyCommand(secrets: vscode.SecretStorage): vscode.Disposable {
  return vscode.commands.registerCommand('reelkit.setApiKey', async (providerId?: unknown) => {
    const provider = findKeyedProvider(providerId) ?? (await pickProvider());
    if (provider === undefined) return;

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

async function pickProvider(): Promise<KeyedProvider | undefined> {
  const choice = await vscode.window.showQuickPick(
    keyedProviders.map((provider) => ({ label: provider.label, description: provider.credentialName, provider })),
    { title: 'Reelkit: Set API key', placeHolder: 'Which service is the key for?' },
  );
  return choice?.provider;
}
