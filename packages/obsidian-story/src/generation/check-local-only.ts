import type { StorySettings } from '../story-settings.js';
import { endpointLocality, hostOf } from './local-endpoint.js';
import { LocalOnlyError } from './local-only-error.js';

/**
 * Throws LocalOnlyError when local-only mode is on and the settings name a cloud provider or a server that is not on
 * this machine or an allowed LAN host: checked before any model is created, so nothing is sent.
 */
export function checkLocalOnly(settings: Pick<StorySettings, 'localOnly' | 'provider' | 'localBaseUrl' | 'allowedLanHosts'>): void {
  if (!settings.localOnly) return;
  if (settings.provider !== 'openai-compatible') throw new LocalOnlyError('api.openai.com', 'the chosen provider is a cloud service');
  const locality = endpointLocality(settings.localBaseUrl, settings.allowedLanHosts);
  if (locality !== 'loopback' && locality !== 'allowed-lan') throw new LocalOnlyError(hostOf(settings.localBaseUrl) ?? '', `the local server URL is ${locality === 'invalid' ? 'not a valid URL' : 'not on this machine or an allowed private-network host'}`);
}
