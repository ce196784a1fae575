import { MissingApiKeyError } from '@reelkit/core/errors';
import { createGuard } from '@reelkit/core/guard';
import { createRuntime } from '@reelkit/core/runtime';
import { describe, expect, it } from 'vitest';
import { defaultStorySettings, type StorySettings } from '../story-settings.js';
import { createSessionFetch } from './create-session-fetch.js';
import { createStoryModel } from './create-story-model.js';
import { LocalOnlyError } from './local-only-error.js';

const completion = { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'llama3.1', choices: [{ index: 0, message: { role: 'assistant', content: 'The lamp caught.' }, finish_reason: 'stop' }], usage: { prompt_tokens: 12, completion_tokens: 4, total_tokens: 16 } };

function recordingFetch() {
  const urls: string[] = [];
  const fetch = (input: string | URL | Request): Promise<Response> => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return Promise.resolve(new Response(JSON.stringify(completion), { status: 200, headers: { 'content-type': 'application/json' } }));
  };
  return { urls, fetch };
}

/** The session's shared runtime and call policy, over the local-only-aware fetch, as the plugin builds them. */
function sessionHost(settings: () => StorySettings, apiKey: string | undefined) {
  const { urls, fetch } = recordingFetch();
  return { urls, host: { providerSettings: createGuard({ runtime: createRuntime({ fetch: createSessionFetch(fetch, settings) }) }).providerSettings, apiKey } };
}

const local: StorySettings = { ...defaultStorySettings, provider: 'openai-compatible', localOnly: true };

describe('createStoryModel', () => {
  it('generates through the local server in local-only mode', async () => {
    const { urls, host } = sessionHost(() => local, undefined);
    const result = await createStoryModel(local, host).generate({ messages: [{ role: 'user', content: 'Go on.' }] });
    expect(result.text).toBe('The lamp caught.');
    expect(result.usage).toMatchObject({ inputTokens: 12, outputTokens: 4 });
    expect(urls).toEqual(['http://localhost:11434/v1/chat/completions']);
  });

  it('refuses a cloud provider or a remote URL in local-only mode, before anything is sent', () => {
    const { urls, host } = sessionHost(() => local, 'sk-test');
    expect(() => createStoryModel({ ...local, provider: 'openai' }, host)).toThrow(LocalOnlyError);
    expect(() => createStoryModel({ ...local, localBaseUrl: 'https://llm.example.com/v1' }, { ...host, apiKey: undefined })).toThrow(/refused a request to llm\.example\.com: the local server URL is not on this machine/);
    expect(urls).toEqual([]);
  });

  it('is refused at the network when local-only is turned on after the model was built', async () => {
    let settings: StorySettings = { ...defaultStorySettings, apiKeySecretName: 'openai-key' };
    const { urls, host } = sessionHost(() => settings, 'sk-test');
    const model = createStoryModel(settings, host);
    settings = { ...settings, localOnly: true };
    const refused = await model.generate({ messages: [{ role: 'user', content: 'Go on.' }] }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LocalOnlyError);
    expect((refused as LocalOnlyError).host).toBe('api.openai.com');
    expect(urls).toEqual([]);
  });

  it('asks for a key for OpenAI', () => {
    const { host } = sessionHost(() => defaultStorySettings, undefined);
    expect(() => createStoryModel(defaultStorySettings, host)).toThrow(MissingApiKeyError);
  });
});
