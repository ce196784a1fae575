import { readMediaManifestSummary, signGeneratedMedia } from '@reelkit/core/provenance/media';
import { createRuntime } from '@reelkit/core/runtime';
import { describe, expect, it } from 'vitest';
import { createPcmWav } from '../audio/__fixtures__/create-pcm-wav.js';
import type { SecretStore } from '../ports/secret-store.js';
import { loadMediaSigner, signingIdentitySecret } from './load-media-signer.js';

describe('loadMediaSigner', () => {
  it('creates the install identity once, keeps it in secure storage and signs with it after a reload', async () => {
    const values = new Map<string, string>([[signingIdentitySecret, 'damaged']]);
    const secrets: SecretStore = { get: async (name) => values.get(name), set: async (name, value) => void values.set(name, value), delete: async (name) => void values.delete(name) };
    const runtime = createRuntime();
    await loadMediaSigner(secrets, runtime);
    const stored = values.get(signingIdentitySecret) ?? '';
    expect(stored).toContain('-----BEGIN CERTIFICATE-----');
    const signer = await loadMediaSigner(secrets, runtime);
    expect(values.get(signingIdentitySecret)).toBe(stored);
    const signed = await signGeneratedMedia(createPcmWav(80), 'audio/wav', { signer, provider: 'openai', model: 'tts-1', createdAt: new Date(0), title: 'x.wav' });
    expect((await readMediaManifestSummary(signed, 'audio/wav'))?.validation.intact).toBe(true);
  });
});
