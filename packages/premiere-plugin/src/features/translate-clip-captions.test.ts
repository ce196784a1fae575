import { createOpenAI } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';
import { createGuard } from '@reelkit/core/guard';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createRecordingGuard, xmpProvenanceId } from '../provenance/__fixtures__/recording-guard.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { glossaryForScript } from './glossary-for-script.js';
import { translateClipCaptions } from './translate-clip-captions.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const srt = '1\n00:00:01,000 --> 00:00:03,000\nMara climbs the stairs.\n\n2\n00:00:03,500 --> 00:00:06,000\nShe counts to Kestrel Point.\n';
const fountain = 'INT. LIGHTHOUSE - NIGHT\n\nMARA\nForty-one.\n\nOLD TOM (V.O.)\nKeep counting.\n';

describe('glossaryForScript', () => {
  it("keeps the script's character names and lets the editor's terms win", () => {
    expect(glossaryForScript(fountain, [{ term: 'Kestrel Point', translation: 'Turmfalkenspitze' }, { term: 'MARA', translation: 'Mara' }])).toEqual([
      { term: 'Kestrel Point', translation: 'Turmfalkenspitze' },
      { term: 'MARA', translation: 'Mara' },
      { term: 'Old Tom' },
    ]);
    expect(glossaryForScript(undefined)).toEqual([]);
  });
});

describe('translateClipCaptions through the real OpenAI SDK', () => {
  it('writes SRT and WebVTT per language, imports the SRTs with XMP in one undo step, and reports a lost term', async () => {
    server.enqueue(
      'chat',
      { reply: { json: { cues: [{ index: 0, text: 'Mara steigt die Treppe hinauf.' }, { index: 1, text: 'Sie zählt bis Kestrel Point.' }] } } },
      { reply: { json: { cues: [{ index: 0, text: 'Mara monte les marches.' }, { index: 1, text: 'Elle compte jusqu’à Kestrel Point.' }] } } },
    );
    const fake = createFakePremiere();
    const files = createMemoryFileStore({ '/work/reel-1.srt': new TextEncoder().encode(srt) });
    const progress: number[] = [];
    const openai = createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime: createRuntime() });
    const { guard, entries } = await createRecordingGuard();
    const result = await translateClipCaptions({
      host: createPremiereHost(fake.api),
      files,
      guard,
      model: openai.text('gpt-4o-mini'),
      mediaPath: '/media/reel-1.mov',
      languages: ['de', 'fr'],
      glossary: glossaryForScript(fountain, [{ term: 'Kestrel Point', translation: 'Turmfalkenspitze' }]),
      now: () => new Date('2026-11-25T01:00:00Z'),
      onProgress: (done) => progress.push(done),
    });
    expect(server.requests.map((request) => request.route)).toEqual(['chat', 'chat']);
    expect(files.text('/work/reel-1.de.srt')).toBe('1\n00:00:01,000 --> 00:00:03,000\nMara steigt die Treppe hinauf.\n\n2\n00:00:03,500 --> 00:00:06,000\nSie zählt bis Kestrel Point.\n');
    expect(files.text('/work/reel-1.fr.vtt')?.split('\n').slice(0, 4)).toEqual(['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', 'Mara monte les marches.']);
    expect(result.imported.map((item) => item.name)).toEqual(['reel-1.de.srt', 'reel-1.fr.srt']);
    expect(fake.project.undoSteps.map((step) => [step.undoLabel, step.actions.length])).toEqual([
      ['Reelkit: create bin Reelkit Captions', 1],
      ['Reelkit: translated captions of reel-1.mov', 2],
    ]);
    expect(fake.clip('/work/reel-1.de.srt')?.xmp).toContain('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">de captions translated from reel-1.mov</rdf:li></rdf:Alt></dc:description>');
    expect(result.findings.filter((finding) => finding.ruleId === 'translation.glossary-term-lost').map((finding) => finding.message)).toEqual([
      'Cue 2 (00:00:03.500): "Kestrel Point" should appear in the de text as "Turmfalkenspitze", but does not.',
      'Cue 2 (00:00:03.500): "Kestrel Point" should appear in the fr text as "Turmfalkenspitze", but does not.',
    ]);
    expect(progress).toEqual([0.5, 1]);
    // Each SRT's XMP names its own ledger entry, linked to the translation it was written from.
    const recorded = entries();
    const deEntry = recorded.find((entry) => entry.id === xmpProvenanceId(fake.clip('/work/reel-1.de.srt')?.xmp));
    expect(deEntry).toMatchObject({ action: 'c2pa.converted', source: { entryId: recorded[0]?.id }, outputDigest: `sha256:${await guard.runtime.hasher.sha256(files.files.get('/work/reel-1.de.srt') ?? new Uint8Array())}` });
    expect(recorded.map((entry) => entry.type === 'event' && entry.action)).toEqual(['c2pa.translated', 'c2pa.converted', 'c2pa.translated', 'c2pa.converted']);
  });

  it('asks for a transcription first when the clip has no captions, and changes nothing', async () => {
    const fake = createFakePremiere();
    const openai = createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime: createRuntime() });
    await expect(
      translateClipCaptions({ host: createPremiereHost(fake.api), files: createMemoryFileStore(), guard: createGuard(), model: openai.text('gpt-4o-mini'), mediaPath: '/media/x.mov', languages: ['de'], now: () => new Date(0) }),
    ).rejects.toThrow('No captions to translate for x.mov.');
    expect([server.requests.length, fake.project.undoSteps.length]).toEqual([0, 0]);
  });
});
