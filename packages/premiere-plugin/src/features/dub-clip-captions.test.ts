import { createInstallSigningIdentity, createMediaSigner, readMediaManifestSummary } from '@reelkit/core/provenance/media';
import { createOpenAI } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';
import { readAudioDuration } from '@reelkit/core/tasks/dubbing';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPcmWav } from '../audio/__fixtures__/create-pcm-wav.js';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createRecordingGuard, xmpProvenanceId } from '../provenance/__fixtures__/recording-guard.js';
import { toPremiereTranscript } from '@reelkit/core/captions';
import { premiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { fakeSecond as second } from '../host/__fixtures__/fake-edit-rules.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { dubClipCaptions } from './dub-clip-captions.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());

const germanSrt = '1\n00:00:01,000 --> 00:00:03,000\nMara steigt die Treppe hinauf.\n\n2\n00:00:03,500 --> 00:00:04,000\nJa, genau so.\n';
const take = (seconds: number) => ({ reply: { body: createPcmWav(seconds * 8000), headers: { 'content-type': 'audio/wav' } } });

describe('dubClipCaptions through the real OpenAI SDK', () => {
  it('voices the German captions into one signed WAV in the dubbing bin and reports the overrun', async () => {
    // 1.5 s fits cue 1; 1 s overruns cue 2's 0.5 s, and the retry at speed 1.25 (the cap) still takes 0.9 s.
    server.enqueue('speech', take(1.5), take(1), take(0.9));
    const runtime = createRuntime();
    const signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
    const { guard, entries } = await createRecordingGuard({ runtime, signer });
    const fake = createFakePremiere();
    const files = createMemoryFileStore({ '/work/reel-1.de.srt': new TextEncoder().encode(germanSrt) });
    const result = await dubClipCaptions({
      host: createPremiereHost(fake.api),
      files,
      guard,
      model: createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime }).speech('gpt-4o-mini-tts'),
      mediaPath: '/media/reel-1.mov',
      languages: ['de'],
    });
    expect(server.requests.map((request) => [request.route, (request.json as { response_format?: string }).response_format])).toEqual([
      ['speech', 'wav'],
      ['speech', 'wav'],
      ['speech', 'wav'],
    ]);
    const wav = files.files.get('/work/reel-1.de.dub.wav') ?? new Uint8Array();
    // The second take starts at 3.5 s and runs 0.4 s past its cue's end.
    expect(readAudioDuration(wav, 'audio/wav')).toBe(4.4);
    const summary = await readMediaManifestSummary(wav, 'audio/wav');
    // One manifest, on the track as laid: the takes are parts, recorded but not signed.
    expect([summary?.validation.intact, summary?.activeManifest?.actions.map((action) => action.action)]).toEqual([true, ['c2pa.created']]);
    expect(result.signed).toEqual(['reel-1.de.dub.wav']);
    expect(result.findings.map((finding) => finding.message)).toEqual(['de: Cue 2 (00:00:03.500): the line runs 0.9 s in a 0.5 s cue (0.4 s over) at speed 1.25.']);
    expect(fake.project.undoSteps.map((step) => step.undoLabel)).toEqual(['Reelkit: create bin Reelkit Dubbing', 'Reelkit: provenance of Reelkit Dubbing']);
    expect(fake.clip('/work/reel-1.de.dub.wav')?.xmp).toContain('<dc:source>de dub of reel-1.mov</dc:source>');
    // The ledger: the three takes, then the track the editor got, listing the takes it was laid from.
    const takes = entries().slice(0, 3);
    expect(takes.map((entry) => entry.type === 'event' && [entry.actor.name, entry.parameters?.['cue'], entry.parameters?.['attempt'], entry.parameters?.['signed']])).toEqual([
      ['dubbing', 1, 1, false],
      ['dubbing', 2, 1, false],
      ['dubbing', 2, 2, false],
    ]);
    const track = entries().find((entry) => entry.id === xmpProvenanceId(fake.clip('/work/reel-1.de.dub.wav')?.xmp));
    expect(track).toMatchObject({ outputDigest: `sha256:${await runtime.hasher.sha256(wav)}`, parameters: { language: 'de', takes: [takes[0]?.id, takes[2]?.id], signed: true } });
  });

  it('voices each character with their own voice and lays the dub under the clip on a new named track, originals disabled', async () => {
    server.enqueue('speech', take(1.5), take(0.5));
    const runtime = createRuntime();
    const { guard, entries } = await createRecordingGuard({ runtime });
    const fake = createFakePremiere({ mediaSeconds: { '/media/reel-1.mov': 6, '/work/reel-1.de.dub.wav': 6 } });
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/reel-1.mov'], binName: 'Footage', undoLabel: 'setup' });
    // The clip sits at 2 s in the sequence.
    fake.project.lockedAccess(() => fake.project.executeTransaction((compound) => compound.addAction(fake.sequence.editor().createOverwriteItemAction(fake.clip('/media/reel-1.mov')!, { ticks: (2n * second).toString(), seconds: 2 }, 0, 0)), 'setup'));
    const said = (start: number, text: string) => text.split(' ').map((word, index) => ({ text: word, start: start + index * 0.25, end: start + index * 0.25 + 0.25 }));
    const english = toPremiereTranscript([...said(1, 'Mara climbs the stairs now.'), ...said(3.5, 'Yes, just like that.')], { language: 'en', randomUUID: () => 'speaker' });
    const fountain = '/* Cast\nMARA: voice nova\n*/\n\nINT. LIGHTHOUSE - NIGHT\n\nMARA\nMara climbs the stairs now.\n\nTOM\nYes, just like that.\n';
    const files = createMemoryFileStore({ '/work/reel-1.de.srt': new TextEncoder().encode(germanSrt), '/work/reel-1.transcript.json': new TextEncoder().encode(JSON.stringify(english)) });
    const result = await dubClipCaptions({
      host,
      files,
      guard,
      model: createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime }).speech('gpt-4o-mini-tts'),
      mediaPath: '/media/reel-1.mov',
      languages: ['de'],
      fountain,
      voices: ['alloy', 'nova'],
      capabilities: premiereCapabilities('26.3.0'),
    });
    expect(server.requests.slice(-2).map((request) => (request.json as { voice?: string; input?: string }).voice)).toEqual(['nova', 'alloy']);
    expect(result.voices).toEqual({ de: { MARA: 'nova', TOM: 'alloy' } });
    expect(result.placement).toBe(' Placed on a new track under the clip; its original audio clip is disabled for A/B (one undo step).');
    expect(fake.project.undoSteps.slice(-2).map((step) => step.undoLabel)).toEqual(['Reelkit: dubs of reel-1.mov', 'Reelkit: dubs of reel-1.mov: track names']);
    const dubTrack = fake.sequence.audioTracks[3];
    expect([dubTrack?.name, dubTrack?.items.map((item) => [item.clip.mediaPath, item.start / second])]).toEqual(['Dub de', [['/work/reel-1.de.dub.wav', 2n]]]);
    expect(fake.sequence.audioTracks[0]?.items.map((item) => item.disabled)).toEqual([true]);
    const track = entries().find((entry) => entry.type === 'event' && entry.parameters?.['takes'] !== undefined);
    expect(track?.type === 'event' ? track.parameters?.['voices'] : undefined).toEqual({ MARA: 'nova', TOM: 'alloy' });
    // The placement is an edit of its own in the ledger, after the track it placed.
    expect(entries().at(-1)).toMatchObject({ actor: { type: 'tool', name: 'audio-placement' }, action: 'c2pa.edited', parameters: { tracks: 1, originalsDisabled: 1 } });
  });
});
