import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import { apiKeySecretId, keyedProviders } from './keyed-providers.js';

describe('keyedProviders', () => {
  it('offers exactly the key-based choices of the reelkit.provider setting', () => {
    const settingChoices = manifest.contributes.configuration.properties['reelkit.provider'].enum;
    expect(keyedProviders.map((provider) => provider.id)).toEqual(settingChoices.filter((id) => id !== 'vscode-lm'));
  });

  it('keeps each provider key under its own secret id', () => {
    expect(keyedProviders.map((provider) => apiKeySecretId(provider.id))).toEqual([
      'reelkit.apiKey.openai',
      'reelkit.apiKey.replicate',
      'reelkit.apiKey.openai-compatible',
    ]);
  });
});
