import { UnsupportedCapabilityError } from '@reelkit/core/errors';
import type { TextModel } from '@reelkit/core/models';
import { createOpenAI, createOpenAICompatible } from '@reelkit/core/providers';
import { createRuntime, type FetchFunction } from '@reelkit/core/runtime';
import type { StorySettings } from '../story-settings.js';
import { guardLocalFetch } from './guard-local-fetch.js';
import { endpointLocality, hostOf } from './local-endpoint.js';
import { LocalOnlyError } from './local-only-error.js';

/** What the host supplies: its fetch (Obsidian's `requestUrl`) and the key read from its keychain. */
export interface StoryModelHost {
  readonly fetch: FetchFunction;
  readonly apiKey: string | undefined;
}

/**
 * The text model the settings choose. In local-only mode only the OpenAI-compatible provider at a loopback or allowed
 * LAN address is accepted, and its fetch refuses anything else as well. Throws typed errors (missing key, local-only,
 * unsupported) whose messages say how to fix the settings.
 */
export function createStoryModel(settings: StorySettings, host: StoryModelHost): TextModel {
  if (settings.localOnly) {
    if (settings.provider !== 'openai-compatible') throw new LocalOnlyError(settings.provider === 'openai' ? 'api.openai.com' : 'api.replicate.com', 'the chosen provider is a cloud service');
    const locality = endpointLocality(settings.localBaseUrl, settings.allowedLanHosts);
    if (locality !== 'loopback' && locality !== 'allowed-lan') throw new LocalOnlyError(hostOf(settings.localBaseUrl) ?? '', `the local server URL is ${locality === 'invalid' ? 'not a valid URL' : 'not on this machine or an allowed private-network host'}`);
  }
  const fetch = settings.localOnly ? guardLocalFetch(host.fetch, settings.allowedLanHosts) : host.fetch;
  // Obsidian's requestUrl cannot be aborted mid-flight and buffers the body: one attempt per retry, no streaming.
  const providerSettings = { runtime: createRuntime({ fetch }) };
  switch (settings.provider) {
    case 'openai':
      return createOpenAI({ apiKey: host.apiKey, ...providerSettings }).text(settings.openaiModel);
    case 'openai-compatible':
      return createOpenAICompatible({ baseURL: settings.localBaseUrl, ...(host.apiKey ? { apiKey: host.apiKey } : {}), defaultModel: settings.localModel, ...providerSettings }).text();
    case 'replicate':
      throw new UnsupportedCapabilityError('replicate', 'story text generation', 'Choose OpenAI or a local server for writing; Replicate serves images and music.');
  }
}
