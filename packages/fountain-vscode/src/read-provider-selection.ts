import type { ProviderSelection } from '@reelkit/core/session';
import type { SettingsReader } from './settings-reader.js';

/** Where `reelkit.openaiCompatible.baseUrl` points when unset: Ollama's OpenAI-compatible API. */
export const defaultCompatibleBaseUrl = 'http://localhost:11434/v1';

/**
 * The core's provider selection for the service `reelkit.provider` names, with that service's key only: choosing a
 * local server never hands the OpenAI key (or moderation) to the session, so nothing leaves the machine. An empty base
 * URL leaves the server out, and the core says to set it.
 */
export function readProviderSelection(settings: SettingsReader, provider: ProviderSelection['text'], apiKey: string | undefined): ProviderSelection {
  const text = (section: string, fallback = ''): string => {
    const value = settings.get<unknown>(section, fallback);
    return typeof value === 'string' ? value.trim() : '';
  };
  const model = text('model');
  if (provider === 'openai') {
    const baseURL = text('openai.baseUrl');
    return { text: 'openai', openai: { apiKey, ...(baseURL === '' ? {} : { baseURL }), ...(model === '' ? {} : { model }) } };
  }
  const baseURL = text('openaiCompatible.baseUrl', defaultCompatibleBaseUrl);
  const localModel = model || text('openaiCompatible.model', 'llama3.1');
  if (baseURL === '') return { text: 'openai-compatible' };
  return { text: 'openai-compatible', compatible: { baseURL, ...(apiKey ? { apiKey } : {}), ...(localModel === '' ? {} : { model: localModel }) } };
}
