import * as vscode from 'vscode';
import { UnsupportedCapabilityError } from '@reelkit/core/errors';
import type { Guard, GuardedTextModel } from '@reelkit/core/guard';
import { createProviderModels } from '@reelkit/core/session';
import { guardWritingModel, type WritingModels } from '../guard-writing-model.js';
import { apiKeySecretId, type ProviderId } from '../keyed-providers.js';
import { readCheckSettings } from '../read-check-settings.js';
import { readProviderSelection } from '../read-provider-selection.js';
import { createVscodeLmTextModel } from './vscode-lm-text-model.js';

/**
 * The model the `reelkit.provider` setting names, behind `guard` with the checks the user left on
 * (`reelkit.checks.*`), read when a command runs. Keys come only from secret storage; the providers share the session's
 * call policy. Throws a ReelkitError saying how to fix a missing key or model.
 */
export async function createGuardedTextModel(secrets: vscode.SecretStorage, guard: Guard): Promise<GuardedTextModel> {
  const settings = vscode.workspace.getConfiguration('reelkit');
  return guardWritingModel(guard, await writingModels(secrets, settings, guard.providerSettings), readCheckSettings(settings));
}

/** The writing model of `reelkit.provider`, with its provider's moderation where it has one. */
async function writingModels(secrets: vscode.SecretStorage, settings: vscode.WorkspaceConfiguration, providerSettings: Guard['providerSettings']): Promise<WritingModels> {
  const provider = settings.get<ProviderId>('provider', 'openai');
  switch (provider) {
    case 'openai':
    case 'openai-compatible': {
      // Only the chosen service's key is read, so a local server never gets the OpenAI key or its moderation.
      const models = createProviderModels(readProviderSelection(settings, provider, await secrets.get(apiKeySecretId(provider))), providerSettings);
      return { text: models.text(), moderation: models.moderation };
    }
    case 'vscode-lm': {
      const family = settings.get<string>('model', '').trim();
      const [chat] = await vscode.lm.selectChatModels(family === '' ? {} : { family });
      if (chat === undefined) throw new UnsupportedCapabilityError('vscode-lm', 'text generation', 'VS Code offers no language model here: install and sign in to one (e.g. GitHub Copilot), or choose another `reelkit.provider`.');
      return { text: createVscodeLmTextModel(chat), moderation: undefined };
    }
    case 'replicate':
      throw new UnsupportedCapabilityError('replicate', 'text generation', 'Reelkit uses Replicate for images, music and video; choose `openai`, `openai-compatible` or `vscode-lm` as `reelkit.provider` for writing.');
  }
}
