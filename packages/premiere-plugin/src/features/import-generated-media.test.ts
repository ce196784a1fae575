import { createInstallSigningIdentity, createMediaSigner, readMediaManifestSummary } from '@reelkit/core/checks/provenance/media';
import { createRuntime } from '@reelkit/core/runtime';
import { describe, expect, it } from 'vitest';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPcmWav } from '../audio/__fixtures__/create-pcm-wav.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { importGeneratedMedia } from './import-generated-media.js';

describe('importGeneratedMedia', () => {
  it('signs WAV with C2PA, leaves other formats unsigned, and sets XMP on every import in one undo step', async () => {
    const runtime = createRuntime();
    const signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
    const fake = createFakePremiere();
    const files = createMemoryFileStore();
    const result = await importGeneratedMedia({
      host: createPremiereHost(fake.api),
      files,
      binName: 'Reelkit Dubbing',
      signer,
      now: () => new Date('2026-11-25T01:00:00Z'),
      items: [
        { fileName: 'interview.de.wav', bytes: createPcmWav(800), mediaType: 'audio/wav', provider: 'openai', model: 'gpt-4o-mini-tts', source: 'German dub of interview.mov' },
        { fileName: 'interview.de.srt', bytes: new TextEncoder().encode('1\n'), mediaType: 'application/x-subrip', provider: 'openai', model: 'gpt-4o-mini', source: 'German captions of interview.mov' },
      ],
    });
    expect(result.signed).toEqual(['interview.de.wav']);
    expect(result.imported.map((item) => item.path)).toEqual(['/work/interview.de.wav', '/work/interview.de.srt']);
    const summary = await readMediaManifestSummary(files.files.get('/work/interview.de.wav') ?? new Uint8Array(), 'audio/wav');
    expect(summary?.validation.intact).toBe(true);
    expect(summary?.activeManifest?.actions.map((action) => action.action)).toEqual(['c2pa.created']);
    expect(fake.project.undoSteps.map((step) => [step.undoLabel, step.actions.length])).toEqual([
      ['Reelkit: create bin Reelkit Dubbing', 1],
      ['Reelkit: provenance of Reelkit Dubbing', 2],
    ]);
    expect(fake.clip('/work/interview.de.wav')?.xmp).toContain('<dc:source>German dub of interview.mov</dc:source>');
    expect(fake.clip('/work/interview.de.srt')?.xmp).toContain('<Iptc4xmpExt:AISystemUsed>openai/gpt-4o-mini</Iptc4xmpExt:AISystemUsed>');
  });
});
