import { createInstallSigningIdentity, createMediaSigner, readMediaManifestSummary } from '@reelkit/core/provenance/media';
import { createRuntime } from '@reelkit/core/runtime';
import { describe, expect, it } from 'vitest';
import { createPcmWav } from '../audio/__fixtures__/create-pcm-wav.js';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createRecordingGuard, xmpProvenanceId } from '../provenance/__fixtures__/recording-guard.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { importGeneratedMedia } from './import-generated-media.js';

const metadata = (modelId: string) => ({ provider: 'openai', modelId, usage: {}, cost: { usd: 0, incomplete: false }, fromCache: false });

describe('importGeneratedMedia', () => {
  it('imports files as the guard delivered them (signed once, there) and names each one’s ledger entry in its XMP, in one undo step', async () => {
    const runtime = createRuntime();
    const signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
    const { guard, entries } = await createRecordingGuard({ runtime, signer });
    const wav = await guard.deliver({ bytes: createPcmWav(800), mediaType: 'audio/wav' }, metadata('gpt-4o-mini-tts'), { task: 'dubbing', title: 'interview.de.wav' });
    const srt = await guard.withSigner(undefined).deliver({ bytes: new TextEncoder().encode('1\n'), mediaType: 'application/x-subrip' }, metadata('gpt-4o-mini'), { task: 'translation' });
    const fake = createFakePremiere();
    const files = createMemoryFileStore();
    const result = await importGeneratedMedia({
      host: createPremiereHost(fake.api),
      files,
      binName: 'Reelkit Dubbing',
      now: () => new Date('2026-11-25T01:00:00Z'),
      items: [
        { fileName: 'interview.de.wav', delivered: wav, provider: 'openai', model: 'gpt-4o-mini-tts', source: 'German dub of interview.mov' },
        { fileName: 'interview.de.srt', delivered: srt, provider: 'openai', model: 'gpt-4o-mini', source: 'German captions of interview.mov' },
      ],
    });
    expect([result.signed, result.findings]).toEqual([['interview.de.wav'], []]);
    expect(result.imported.map((item) => item.path)).toEqual(['/work/interview.de.wav', '/work/interview.de.srt']);
    // The bytes written are the delivered ones: one manifest, intact, and the digest the ledger holds.
    const written = files.files.get('/work/interview.de.wav') ?? new Uint8Array();
    const summary = await readMediaManifestSummary(written, 'audio/wav');
    expect([summary?.validation.intact, summary?.activeManifest?.actions.map((action) => action.action)]).toEqual([true, ['c2pa.created']]);
    expect(fake.project.undoSteps.map((step) => [step.undoLabel, step.actions.length])).toEqual([
      ['Reelkit: create bin Reelkit Dubbing', 1],
      ['Reelkit: provenance of Reelkit Dubbing', 2],
    ]);
    const wavEntry = entries().find((entry) => entry.id === xmpProvenanceId(fake.clip('/work/interview.de.wav')?.xmp));
    expect(wavEntry).toMatchObject({ id: wav.provenanceId, outputDigest: `sha256:${await runtime.hasher.sha256(written)}`, parameters: { signed: true } });
    expect(xmpProvenanceId(fake.clip('/work/interview.de.srt')?.xmp)).toBe(srt.provenanceId);
    expect(fake.clip('/work/interview.de.wav')?.xmp).toContain('<dc:source>German dub of interview.mov</dc:source>');
    expect(fake.clip('/work/interview.de.srt')?.xmp).toContain('<Iptc4xmpExt:AISystemUsed>openai/gpt-4o-mini</Iptc4xmpExt:AISystemUsed>');
  });
});
