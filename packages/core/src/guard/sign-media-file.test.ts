import { beforeAll, describe, expect, it } from 'vitest';
import type { ProvenanceRecorder } from '../provenance/provenance-recorder.js';
import { createInstallSigningIdentity } from '../provenance/media/create-install-signing-identity.js';
import { createMediaSigner, type MediaSigner } from '../provenance/media/create-media-signer.js';
import { createRuntime } from '../runtime/runtime.js';
import { createTinyWav } from '../testing/tiny-wav.js';
import { createTestRecorder } from '../tasks/__fixtures__/create-test-recorder.js';
import { recordMediaEvent } from './record-media-event.js';
import { signMediaFile } from './sign-media-file.js';

const runtime = createRuntime();
const metadata = { provider: 'openai', modelId: 'gpt-4o-mini-tts', usage: { characters: 12 }, cost: { usd: 0, incomplete: true }, fromCache: false };
const createdAt = new Date('2026-11-25T01:00:00.000Z');
let signer: MediaSigner;
beforeAll(async () => {
  signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
});

describe('signMediaFile', () => {
  it('signs a WAV, and leaves a file alone without a signer', async () => {
    const wav = { bytes: new Uint8Array(createTinyWav()), mediaType: 'audio/wav' };
    const signed = await signMediaFile(wav, metadata, signer, createdAt);
    expect(signed.signed).toBe(true);
    expect(signed.file.bytes.length).toBeGreaterThan(wav.bytes.length);
    expect(await signMediaFile(wav, metadata, undefined, createdAt)).toEqual({ file: wav, signed: false });
  });

  it('keeps a file it cannot sign and says why', async () => {
    const ogg = { bytes: new Uint8Array([0x4f, 0x67, 0x67, 0x53]), mediaType: 'audio/ogg' };
    const unsignable = await signMediaFile(ogg, metadata, signer, createdAt);
    expect(unsignable).toMatchObject({ file: ogg, signed: false, finding: { ruleId: 'provenance.media-not-signed', message: 'audio/ogg files cannot carry embedded Content Credentials yet.' } });
    const broken = await signMediaFile({ bytes: new Uint8Array([1, 2, 3]), mediaType: 'audio/wav' }, metadata, signer, createdAt);
    expect(broken.signed).toBe(false);
    expect(broken.finding?.message).toMatch(/^The file could not be signed: /);
  });
});

describe('recordMediaEvent', () => {
  it('turns a failed recording into a finding, keeping the file', async () => {
    const failing: ProvenanceRecorder = {
      record: () => Promise.reject(new Error('unused')),
      recordPlacement: () => Promise.reject(new Error('unused')),
      recordEvent: () => Promise.reject(new Error('disk full')),
      checkpoint: async () => undefined,
    };
    expect(await recordMediaEvent(failing, runtime.hasher, { task: 'dubbing', metadata, output: new Uint8Array([1]) })).toEqual({
      finding: expect.objectContaining({ ruleId: 'provenance.not-recorded', severity: 'error', message: 'This dubbing file could not be recorded in the provenance ledger: disk full' }),
    });
  });
});

describe('recordMediaEvent parameters', () => {
  it('never records key-like parameters', async () => {
    const { recorder, events } = await createTestRecorder(runtime);
    await recordMediaEvent(recorder, runtime.hasher, { task: 'storyboard', metadata, output: new Uint8Array([1]), parameters: { apiKey: 'sk-live-123', voice: 'sk-live-456', shot: 1 } });
    expect((await events())[0]?.parameters).toEqual({ shot: 1 });
  });
});
