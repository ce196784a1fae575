import * as vscode from 'vscode';
import { UnsupportedCapabilityError } from '@reelkit/core/errors';
import type { Guard } from '@reelkit/core/guard';
import type { TextModel } from '@reelkit/core/models';
import { createOpenAI, createOpenAICompatible } from '@reelkit/core/providers';
import { apiKeySecretId, type ProviderId } from '../keyed-providers.js';
import { createVscodeLmTextModel } from './vscode-lm-text-model.js';

/**
 * The text model the `reelkit.provider` setting names, with its key from secret storage, built on the session guard's
 * runtime and call policy; throws a ReelkitError saying how to fix a missing key or model.
 */
export async function createTextModel(secrets: vscode.SecretStorage, providerSettings: Guard['providerSettings']): Promise<TextModel> {
  const settings = vscode.workspace.getConfiguration('reelkit');
  const provider = settings.get<ProviderId>('provider', 'openai');
  const modelId = settings.get<string>('model', '').trim() || undefined;
  switch (provider) {
    case 'openai': {
      const baseURL = settings.get<string>('openai.baseUrl', '').trim();
      return createOpenAI({ apiKey: await secrets.get(apiKeySecretId('openai')), ...providerSettings, ...(baseURL === '' ? {} : { baseURL }) }).text(modelId);
    }
    case 'openai-compatible': {
      const apiKey = await secrets.get(apiKeySecretId('openai-compatible'));
      const baseURL = settings.get<string>('openaiCompatible.baseUrl', 'http://localhost:11434/v1');
      return createOpenAICompatible({ baseURL, ...providerSettings, defaultModel: settings.get<string>('openaiCompatible.model', 'llama3.1'), ...(apiKey === undefined ? {} : { apiKey }) }).text(modelId);
    }
    case 'vscode-lm': {
      const [chat] = await vscode.lm.selectChatModels(modelId === undefined ? {} : { family: modelId });
      if (chat === undefined) throw new UnsupportedCapabilityError('vscode-lm', 'text generation', 'VS Code offers no language model here: install and sign in to one (e.g. GitHub Copilot), or choose another `reelkit.provider`.');
      return createVscodeLmTextModel(chat);
    }
    case 'replicate':
      throw new UnsupportedCapabilityError('replicate', 'text generation', 'Reelkit uses Replicate for images, music and video; choose `openai`, `openai-compatible` or `vscode-lm` as `reelkit.provider` for writing.');
  }
}
