import type { Guard } from '@reelkit/core/guard';
import type { TextModel } from '@reelkit/core/models';
import { createOpenAI, createOpenAICompatible } from '@reelkit/core/providers';
import type { StorySettings } from '../story-settings.js';
import { checkLocalOnly } from './check-local-only.js';

/** What the host supplies: the session's shared runtime and call policy, and the key read from its keychain. */
export interface StoryModelHost {
  /**
   * `guard.providerSettings` of the session. Its runtime's fetch must refuse non-local endpoints while the settings
   * say local-only (`createSessionFetch`): the provider SDK sends through the call policy built on it.
   */
  readonly providerSettings: Guard['providerSettings'];
  readonly apiKey: string | undefined;
}

/**
 * The text model the settings choose. In local-only mode only the OpenAI-compatible provider at a loopback or allowed
 * LAN address is accepted, before anything is sent; the session's fetch refuses anything else as well. Throws typed
 * errors (missing key, local-only) whose messages say how to fix the settings.
 */
export function createStoryModel(settings: StorySettings, host: StoryModelHost): TextModel {
  checkLocalOnly(settings);
  // Through requestUrl (mobile, or a server without CORS) a request is buffered and cannot be stopped mid-flight;
  // the desktop fetch streams and stops (see host/desktop-fetch.ts).
  const { providerSettings } = host;
  switch (settings.provider) {
    case 'openai':
      return createOpenAI({ apiKey: host.apiKey, ...providerSettings }).text(settings.openaiModel);
    case 'openai-compatible':
      return createOpenAICompatible({ baseURL: settings.localBaseUrl, ...(host.apiKey ? { apiKey: host.apiKey } : {}), defaultModel: settings.localModel, ...providerSettings }).text();
  }
}
