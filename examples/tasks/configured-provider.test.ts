import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredModels } from './configured-provider.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());

describe('configuredModels with a local server', () => {
  it('sends REELKIT_LOCAL_API_KEY to a local server that needs a key', async () => {
    const models = configuredModels({ REELKIT_LOCAL_BASE_URL: server.openaiBaseURL, REELKIT_LOCAL_MODEL: 'tiny', REELKIT_LOCAL_API_KEY: 'local-secret-1' });
    expect(models?.description).toBe(`local server at ${server.openaiBaseURL}`);
    await models?.text.generate({ messages: [{ role: 'user', content: 'Hello' }] });
    expect(server.requests.at(-1)?.headers['authorization']).toBe('Bearer local-secret-1');
  });
});
