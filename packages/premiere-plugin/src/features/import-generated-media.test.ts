import { createInstallSigningIdentity, createMediaSigner, createRuntime, readMediaManifestSummary } from '@reelkit/core';
import { describe, expect, it } from 'vitest';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { importGeneratedMedia } from './import-generated-media.js';

/** A 16-bit mono PCM WAV of `samples` silent samples at 8 kHz. */
function silentWav(samples: number): Uint8Array {
  const view = new DataView(new ArrayBuffer(44 + samples * 2));
  const ascii = (at: number, text: string) => [...text].forEach((char, index) => view.setUint8(at + index, char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 16000, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, samples * 2, true);
  return new Uint8Array(view.buffer);
}

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
        { fileName: 'interview.de.wav', bytes: silentWav(800), mediaType: 'audio/wav', provider: 'openai', model: 'gpt-4o-mini-tts', source: 'German dub of interview.mov' },
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
