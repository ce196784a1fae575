import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFountainLanguageCheck } from '../guard/language-check.js';
import { createModerationCheck } from '../guard/moderation-check.js';
import { createOpenAI } from '../providers/openai/openai-provider.js';
import { createReplicate } from '../providers/replicate/replicate-provider.js';
import { createRuntime } from '../runtime/runtime.js';
import { createInstallKeys } from './create-install-keys.js';
import { createProviderModels } from './create-provider-models.js';
import { createSessionChecks } from './create-session-checks.js';
import type { SecretStorePort } from './secret-store-port.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const memorySecrets = (): SecretStorePort & { readonly values: Map<string, string> } => {
  const values = new Map<string, string>();
  return { values, get: async (name) => values.get(name), set: async (name, value) => void values.set(name, value) };
};
const runtime = createRuntime();

describe('createInstallKeys', () => {
  it('creates the prompt key once, under the host’s name for it, and reuses it', async () => {
    const secrets = memorySecrets();
    const keys = createInstallKeys(secrets, runtime.subtle, { promptKey: 'reelkit.ledger.promptKey', signingKey: 'reelkit.ledger.signingKey' });
    const first = await keys.promptKey();
    expect(first).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(await keys.promptKey()).toBe(first);
    expect([...secrets.values.keys()]).toEqual(['reelkit.ledger.promptKey']);
  });
  it('keeps the signing key as JSON in the secret store', async () => {
    const secrets = memorySecrets();
    const keys = createInstallKeys(secrets, runtime.subtle);
    expect(await keys.signingKeys.load()).toBeUndefined();
    const key = { publicKey: { kty: 'EC' }, privateKey: { kty: 'EC', d: 'x' } } as never;
    await keys.signingKeys.save(key);
    expect(secrets.values.get('reelkit-ledger-signing-key')).toBe(JSON.stringify(key));
    expect(await keys.signingKeys.load()).toEqual(key);
  });
});

describe('createSessionChecks', () => {
  const moderation = createOpenAI({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1' }).moderation();
  it('runs originality always, and the language lint and moderation as set', () => {
    expect(createSessionChecks({ moderation: true, language: true }, moderation).map((check) => check.id)).toEqual(['originality', 'language', 'moderation']);
    expect(createSessionChecks({ moderation: false, language: false }, moderation).map((check) => check.id)).toEqual(['originality']);
  });
  it('skips moderation where the provider has none (local servers)', () => {
    expect(createSessionChecks({ moderation: true, language: true }, undefined, createFountainLanguageCheck).map((check) => check.id)).toEqual(['originality', 'language']);
    expect(createModerationCheck(moderation).id).toBe('moderation');
  });
});

describe('createProviderModels', () => {
  it('sends text, speech and transcription to the local server when it is chosen, so nothing leaves the machine', async () => {
    const models = createProviderModels(
      { text: 'openai-compatible', compatible: { baseURL: server.openaiBaseURL, model: 'llama3.1' }, audio: 'openai-compatible' },
      { runtime },
    );
    expect((await models.text().generate({ messages: [{ role: 'user', content: 'Hi' }] })).provider).toBe('local');
    await models.speech?.synthesize({ text: 'Hello.', format: 'wav' });
    expect(server.requests.map((request) => `${request.route} ${String((request.json as { model?: string } | undefined)?.model)}`)).toEqual(['chat llama3.1', 'speech tts-1']);
    expect(models.moderation).toBeUndefined();
    expect(models.transcription?.provider).toBe('local');
  });
  it('says how to add the key when OpenAI is chosen without one', () => {
    const models = createProviderModels({ text: 'openai', openai: { apiKey: undefined } }, { runtime });
    expect(() => models.text()).toThrow(expect.objectContaining({ code: 'missing_api_key' }));
    expect(models.speech).toBeUndefined();
  });
  it('with an OpenAI key, offers every OpenAI modality; Replicate adds music and video jobs', () => {
    const models = createProviderModels({ text: 'openai', openai: { apiKey: 'sk-test' }, replicate: { apiToken: 'r8_test' } }, { runtime }, { createReplicate });
    expect(createProviderModels({ text: 'openai', openai: { apiKey: 'sk-test' }, replicate: { apiToken: 'r8_test' } }, { runtime }).music).toBeUndefined();
    expect([models.text().provider, models.moderation?.provider, models.embedding?.provider, models.image?.provider, models.speech?.provider, models.transcription?.provider]).toEqual(['openai', 'openai', 'openai', 'openai', 'openai', 'openai']);
    expect(models.jobModel({ provider: 'replicate', kind: 'music', id: 'p1', model: 'm', createdAt: 0 } as never)).toBe(models.music);
    expect(models.jobModel({ provider: 'openai', kind: 'music', id: 'p1', model: 'm', createdAt: 0 } as never)).toBeUndefined();
  });
});
