import { Validator } from '@cfworker/json-schema';
import { createGuard } from '@reelkit/core/guard';
import type { TranscriptionModel, TranscriptionRequest } from '@reelkit/core/models';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../../../tests/support/external.js';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createRecordingGuard, xmpProvenanceId } from '../provenance/__fixtures__/recording-guard.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { transcribeMedia } from './transcribe-media.js';

// Adobe's schema is read in place from ../shared/specs beside the repo (it is not copied into the repo).
const specs = sharedFolder('specs');
const validator = new Validator(specs.available ? (JSON.parse(specs.read('premiere-transcript-format.schema.json')) as never) : {}, '7', false);

const words = [
  { text: 'Where', start: 0.5, end: 0.8 },
  { text: 'were', start: 0.8, end: 1.0 },
  { text: 'you', start: 1.0, end: 1.2 },
  { text: 'last', start: 1.2, end: 1.5 },
  { text: 'night?', start: 1.5, end: 2.0 },
  { text: 'Um,', start: 3.2, end: 3.5 },
  { text: 'out.', start: 3.6, end: 4.0 },
];

function fakeModel(seen: TranscriptionRequest[]): TranscriptionModel {
  return {
    provider: 'openai',
    modelId: 'whisper-1',
    transcribe: async (request) => {
      seen.push(request);
      return { provider: 'openai', modelId: 'whisper-1', text: 'Where were you last night? Um, out.', language: 'english', words, segments: [], usage: { seconds: 4 }, cost: { usd: 0.0004, incomplete: false }, fromCache: false };
    },
  };
}

describe('transcribeMedia', () => {
  specs.it('writes valid transcript JSON and sidecars, attaches the transcript and imports the SRT with XMP', async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/scene-4.mov'], binName: 'Footage', undoLabel: 'setup' });
    const stepsBefore = fake.project.undoSteps.length;
    const files = createMemoryFileStore({ '/media/scene-4.mov': new Uint8Array([1, 2, 3]) });
    const seen: TranscriptionRequest[] = [];
    const { guard, entries } = await createRecordingGuard();
    const result = await transcribeMedia({
      host,
      files,
      guard,
      model: fakeModel(seen),
      mediaPath: '/media/scene-4.mov',
      mediaType: 'video/quicktime',
      language: 'en',
      vocabulary: ['Mara', 'Joon'],
      now: () => new Date('2026-11-25T01:00:00Z'),
    });
    expect(seen.map((request) => [request.filename, request.mediaType, request.language, request.prompt, request.audio.length])).toEqual([
      ['scene-4.mov', 'video/quicktime', 'en', 'Mara, Joon', 3],
    ]);
    // The first cue holds 26 characters: at 17 a second it stays up 1.53 s, past the last word.
    expect(files.text('/work/scene-4.srt')).toBe('1\n00:00:00,500 --> 00:00:02,029\nWhere were you last night?\n\n2\n00:00:03,200 --> 00:00:04,030\nUm, out.\n');
    expect(files.text('/work/scene-4.vtt')?.split('\n').slice(0, 3)).toEqual(['WEBVTT', '', '00:00:00.500 --> 00:00:02.029']);
    const transcript = JSON.parse(files.text('/work/scene-4.transcript.json') ?? '') as unknown;
    expect(validator.validate(transcript).errors).toEqual([]);
    expect(fake.clip('/media/scene-4.mov')?.transcript).toBe(files.text('/work/scene-4.transcript.json'));
    expect(fake.project.undoSteps.slice(stepsBefore).map((step) => step.undoLabel)).toEqual([
      'Reelkit: transcript of scene-4.mov',
      'Reelkit: create bin Reelkit Captions',
      'Reelkit: captions of scene-4.mov',
    ]);
    expect(fake.clip('/work/scene-4.srt')?.xmp).toContain('<Iptc4xmpExt:AISystemUsed>openai/whisper-1</Iptc4xmpExt:AISystemUsed>');
    expect(result.imported.map((item) => item.name)).toEqual(['scene-4.srt']);
    expect(result.cost).toEqual({ usd: 0.0004, incomplete: false });
    // The ledger holds the transcript, then the SRT written from it; the SRT's XMP names the SRT's own entry.
    const [transcriptEntry, srtEntry] = entries();
    expect(xmpProvenanceId(fake.clip('/work/scene-4.srt')?.xmp)).toBe(srtEntry?.id);
    expect(srtEntry).toMatchObject({
      action: 'c2pa.converted',
      outputDigest: `sha256:${await guard.runtime.hasher.sha256(files.files.get('/work/scene-4.srt') ?? new Uint8Array())}`,
      source: { entryId: transcriptEntry?.id },
    });
  });

  it("passes on the core's findings and attaches no transcript when there is no speech", async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/room-tone.wav'], binName: 'Footage', undoLabel: 'setup' });
    const silent: TranscriptionModel = {
      provider: 'openai',
      modelId: 'whisper-1',
      transcribe: async () => ({ provider: 'openai', modelId: 'whisper-1', text: '', words: [], segments: [], usage: { seconds: 9 }, cost: { usd: 0.0009, incomplete: false }, fromCache: false }),
    };
    const result = await transcribeMedia({ host, files: createMemoryFileStore({ '/media/room-tone.wav': new Uint8Array([0]) }), guard: createGuard(), model: silent, mediaPath: '/media/room-tone.wav', mediaType: 'audio/wav', now: () => new Date(0) });
    expect(result.captions.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([['captions.no-speech', 'No speech was found in room-tone.wav.']]);
    expect([result.captions.premiereTranscript, fake.clip('/media/room-tone.wav')?.transcript]).toEqual([undefined, undefined]);
    expect(fake.project.undoSteps.slice(1).map((step) => step.undoLabel)).toEqual(['Reelkit: create bin Reelkit Captions', 'Reelkit: captions of room-tone.wav']);
  });
});
