// The loopback fake provider of @reelkit/core/testing as the plugin's tests use it: a local-only setup pointing at it,
// a session over a fake vault, and what the server received.
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { FakeSecretStorage } from '../host/__fixtures__/fake-secret-storage.js';
import type { FakeVault } from '../host/__fixtures__/fake-vault.js';
import { createSecretStore } from '../host/secret-store.js';
import { createStorySession, type StorySession } from '../host/story-session.js';
import { defaultStorySettings, type StorySettings } from '../story-settings.js';

/** A started fake server and the settings that use it as the local server. */
export interface LoopbackProvider {
  readonly server: FakeProviderServer;
  readonly settings: StorySettings;
  /** A session as the plugin builds it, over Node's fetch, recording into the vault's ledgers. */
  session(vault: FakeVault): StorySession;
  /** Every text sent to the embeddings endpoint, in order. */
  embeddedTexts(): string[];
  /** The parsed bodies of the chat requests, in order. */
  chatBodies(): { messages: { role: string; content: string }[] }[];
}

/** Starts the fake server on a free loopback port; close it with `server.close()`. */
export async function startLoopbackProvider(): Promise<LoopbackProvider> {
  const server = await createFakeProviderServer();
  const settings: StorySettings = { ...defaultStorySettings, provider: 'openai-compatible', localOnly: true, localBaseUrl: server.openaiBaseURL, localModel: 'fake-chat', localEmbeddingModel: 'fake-embed' };
  const bodies = (route: string): unknown[] => server.requests.filter((request) => request.route === route).map((request) => request.json);
  return {
    server,
    settings,
    session: (vault) => createStorySession({ fetch: (input, init) => fetch(input, init), secrets: createSecretStore(new FakeSecretStorage()), adapter: vault.adapter, settings: () => settings }),
    embeddedTexts: () => bodies('embeddings').flatMap((body) => (body as { input: string[] }).input),
    chatBodies: () => bodies('chat') as { messages: { role: string; content: string }[] }[],
  };
}
