import { describe, expect, it } from 'vitest';
import manifest from '../package.json' with { type: 'json' };
import { apiKeySecretId, findKeyedProvider, keyedProviders } from './keyed-providers.js';

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

  it('finds a provider by the id a missing-key button passes, and nothing for an id without a key', () => {
    expect(findKeyedProvider('replicate')?.label).toBe('Replicate');
    expect(findKeyedProvider('vscode-lm')).toBeUndefined();
    expect(findKeyedProvider(undefined)).toBeUndefined();
  });
});
