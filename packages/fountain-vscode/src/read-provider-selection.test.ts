import { describe, expect, it } from 'vitest';
import { readProviderSelection } from './read-provider-selection.js';
import type { SettingsReader } from './settings-reader.js';

const settingsOf = (values: Record<string, unknown>): SettingsReader => ({
  get: <T>(section: string, defaultValue: T): T => (section in values ? (values[section] as T) : defaultValue),
});

describe('readProviderSelection', () => {
  it('sends OpenAI the key, the gateway and the model the user set, trimmed', () => {
    const settings = settingsOf({ 'openai.baseUrl': ' https://gateway.example/v1 ', model: ' gpt-4.1-mini ' });
    expect(readProviderSelection(settings, 'openai', 'sk-test')).toEqual({ text: 'openai', openai: { apiKey: 'sk-test', baseURL: 'https://gateway.example/v1', model: 'gpt-4.1-mini' } });
  });

  it('leaves the model and base URL to OpenAI when they are empty, and passes a missing key on for the core to explain', () => {
    expect(readProviderSelection(settingsOf({}), 'openai', undefined)).toEqual({ text: 'openai', openai: { apiKey: undefined } });
  });

  it('points a local server at Ollama with its default model, and never carries an OpenAI key', () => {
    expect(readProviderSelection(settingsOf({}), 'openai-compatible', undefined)).toEqual({ text: 'openai-compatible', compatible: { baseURL: 'http://localhost:11434/v1', model: 'llama3.1' } });
  });

  it('prefers `reelkit.model` over the local default, and keeps the server key when there is one', () => {
    const settings = settingsOf({ 'openaiCompatible.baseUrl': 'http://127.0.0.1:8080/v1', 'openaiCompatible.model': 'qwen', model: 'fake-writer' });
    expect(readProviderSelection(settings, 'openai-compatible', 'local-key')).toEqual({ text: 'openai-compatible', compatible: { baseURL: 'http://127.0.0.1:8080/v1', apiKey: 'local-key', model: 'fake-writer' } });
  });

  it('leaves the server out when its base URL is empty, so the core says to set it', () => {
    expect(readProviderSelection(settingsOf({ 'openaiCompatible.baseUrl': '  ' }), 'openai-compatible', undefined)).toEqual({ text: 'openai-compatible' });
  });
});
