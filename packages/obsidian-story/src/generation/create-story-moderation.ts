import type { ModerationModel } from '@reelkit/core/models';
import { createOpenAI } from '@reelkit/core/providers';
import type { StorySettings } from '../story-settings.js';
import type { StoryModelHost } from './create-story-model.js';

/**
 * OpenAI's moderation, when the writer generates with OpenAI and has a key; otherwise none (local servers have no
 * moderation, and a local or local-only writer's text is never sent to OpenAI for it).
 */
export function createStoryModeration(settings: StorySettings, host: StoryModelHost): ModerationModel | undefined {
  if (settings.provider !== 'openai' || settings.localOnly || !host.apiKey) return undefined;
  return createOpenAI({ apiKey: host.apiKey, ...host.providerSettings }).moderation();
}
