import { describe, expect, it } from 'vitest';
import { defaultStorySettings, parseStorySettings } from './story-settings.js';

describe('parseStorySettings', () => {
  it('gives the defaults on a fresh install, when Obsidian loads no data', () => {
    expect(parseStorySettings(null)).toEqual(defaultStorySettings);
  });

  it('keeps valid saved values', () => {
    const saved = {
      provider: 'openai-compatible',
      apiKeySecretName: 'lm-studio',
      localBaseUrl: 'http://127.0.0.1:1234/v1',
      localModel: 'qwen2.5',
      openaiModel: 'gpt-4.1',
      openaiEmbeddingModel: 'text-embedding-3-large',
      localEmbeddingModel: 'mxbai-embed-large',
      localOnly: true,
      allowedLanHosts: ['192.168.1.20'],
      entriesFolder: 'Codex',
      manuscriptFolder: 'Draft',
      promptsFolder: 'Prompts',
      contextBudgetTokens: 800,
      highlightAiText: true,
      moderation: false,
      language: false,
    };
    expect(parseStorySettings(saved)).toEqual(saved);
  });

  it('replaces hand-edited values it does not understand with the defaults', () => {
    expect(parseStorySettings({ provider: 'skynet', apiKeySecretName: 42, localBaseUrl: '', localOnly: 'yes', contextBudgetTokens: 5, allowedLanHosts: 'x', moderation: 'off', language: 0 })).toEqual(defaultStorySettings);
  });

  it('runs moderation and the language lint on generated text unless the writer turned them off', () => {
    expect(parseStorySettings({})).toMatchObject({ moderation: true, language: true });
    expect(parseStorySettings({ moderation: false })).toMatchObject({ moderation: false, language: true });
  });
});
