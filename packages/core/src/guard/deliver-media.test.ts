import { describe, expect, it } from 'vitest';
import type { ProvenanceRecorder } from '../provenance/provenance-recorder.js';
import type { GeneratedMediaSigner } from '../provenance/media/generated-media-signer.js';
import type { CallMetadata } from '../models/usage.js';
import { createRuntime } from '../runtime/runtime.js';
import { createGuard } from './create-guard.js';

const metadata: CallMetadata = { provider: 'openai', modelId: 'gpt-image-1', usage: { images: 1 }, cost: { usd: 0.04, incomplete: false }, fromCache: false };
const png = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), mediaType: 'image/png' };
const recordingTo = (ids: string[]): ProvenanceRecorder => ({
  record: () => Promise.reject(new Error('unused')),
  recordPlacement: () => Promise.reject(new Error('unused')),
  recordEvent: async (event) => {
    ids.push(String(event.outputDigest));
    return { entryId: `entry-${ids.length}` };
  },
  checkpoint: async () => undefined,
});
const stampingSigner: GeneratedMediaSigner = { subject: 'CN=Test', signMedia: async (bytes) => new Uint8Array([...bytes, 0xc2, 0x9a]) };

describe('guard.deliver: the one path for generated media', () => {
  it('signs, then records the digest of the signed bytes the user receives', async () => {
    const digests: string[] = [];
    const runtime = createRuntime();
    const delivered = await createGuard({ runtime, signer: stampingSigner, recorder: recordingTo(digests) }).deliver(png, metadata, { task: 'storyboard', title: 'shot-1' });
    expect(delivered).toMatchObject({ signed: true, provenanceId: 'entry-1', findings: [] });
    expect(Array.from(delivered.file.bytes.slice(-2))).toEqual([0xc2, 0x9a]);
    expect(digests).toEqual([`sha256:${await runtime.hasher.sha256(delivered.file.bytes)}`]);
  });

  it('keeps the file when signing or recording fails, and says so', async () => {
    const failingSigner: GeneratedMediaSigner = { subject: 'CN=Test', signMedia: () => Promise.reject(new Error('identity expired')) };
    const failingRecorder: ProvenanceRecorder = { ...recordingTo([]), recordEvent: () => Promise.reject(new Error('disk full')) };
    const delivered = await createGuard({ signer: failingSigner, recorder: failingRecorder }).deliver(png, metadata, { task: 'storyboard' });
    expect(delivered.file.bytes).toEqual(png.bytes);
    expect(delivered.signed).toBe(false);
    expect(delivered.provenanceId).toBeUndefined();
    expect(delivered.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['provenance.media-not-signed', 'The file could not be signed: identity expired'],
      ['provenance.not-recorded', 'This storyboard file could not be recorded in the provenance ledger: disk full'],
    ]);
  });

  it('without a signer or recorder, delivers the file as generated', async () => {
    expect(await createGuard().deliver(png, metadata, { task: 'storyboard' })).toEqual({ file: png, signed: false, findings: [] });
  });
});

describe('guarded media models', () => {
  it('record nothing for a call cancelled after its answer arrived', async () => {
    const digests: string[] = [];
    const controller = new AbortController();
    const model = { provider: 'fake', modelId: 'img', generate: async () => { controller.abort(); return { ...metadata, images: [png] }; } };
    const guarded = createGuard({ recorder: recordingTo(digests) }).image(model);
    await expect(guarded.generate({ prompt: 'x', signal: controller.signal, record: { task: 'storyboard' } })).rejects.toMatchObject({ name: 'AbortError' });
    expect(digests).toEqual([]);
  });
});
