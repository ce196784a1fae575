import { createOpenAI } from '@reelkit/core/providers';
import { createRuntime } from '@reelkit/core/runtime';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createRecordingGuard, xmpProvenanceId } from '../provenance/__fixtures__/recording-guard.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { describeSequenceFrames } from './describe-sequence-frames.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());

const srt = '1\n00:00:00,000 --> 00:00:02,000\nWhere were you?\n\n2\n00:00:06,000 --> 00:00:08,000\nOut.\n';
const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

describe('audio descriptions of the sequence, through the real OpenAI SDK', () => {
  it('describes exported frames in the pauses, writes WebVTT, imports the SRT with XMP and adds markers in one step', async () => {
    server.enqueue('chat', { reply: { content: 'Mara sets down her cup.' } });
    const fake = createFakePremiere();
    // The fake Exporter records calls but writes nothing: the frame is where Premiere would have written it.
    const files = createMemoryFileStore({ '/work/reel-1.srt': new TextEncoder().encode(srt), '/work/describe-1.png': png });
    const { guard, entries } = await createRecordingGuard();
    const result = await describeSequenceFrames({
      host: createPremiereHost(fake.api),
      files,
      guard,
      model: createOpenAI({ apiKey: 'sk-test', baseURL: server.openaiBaseURL, runtime: createRuntime() }).text('gpt-4o-mini'),
      mediaPath: '/media/reel-1.mov',
      times: [2.5],
      now: () => new Date('2026-11-25T01:00:00Z'),
    });
    expect(fake.exportedFrames).toEqual([{ ticks: '635040000000', filename: 'describe-1.png', folder: '/work/' }]);
    const sent = server.requests[0]?.json as { messages: { content: unknown }[] };
    expect(JSON.stringify(sent.messages[1]?.content)).toContain('data:image/png;base64,iVBORw0KGgo=');
    // The pause runs 2.2 s to 5.8 s (0.2 s kept clear of the lines); the description starts at the frame and lasts 5 words at 2.5 a second.
    expect(files.text(result.webVttPath)).toBe('WEBVTT\n\nad-1\n00:00:02.500 --> 00:00:04.500\nMara sets down her cup.\n');
    expect(result.imported.map((item) => item.name)).toEqual(['reel-1.descriptions.srt']);
    expect(fake.project.undoSteps.map((step) => [step.undoLabel, step.actions])).toEqual([
      ['Reelkit: create bin Reelkit Captions', ['create bin Reelkit Captions']],
      ['Reelkit: audio descriptions of Cut 3', ['set XMP of reel-1.descriptions.srt']],
      ['Reelkit: audio description markers', ['add marker AD 1']],
    ]);
    const [description, srtEntry] = entries();
    expect(xmpProvenanceId(fake.clip('/work/reel-1.descriptions.srt')?.xmp)).toBe(srtEntry?.id);
    expect(srtEntry).toMatchObject({ action: 'c2pa.converted', source: { entryId: description?.id } });
    expect(fake.sequence.markers.map((marker) => [marker.start, marker.duration, marker.comments])).toEqual([['635040000000', '508032000000', 'Mara sets down her cup.']]);
  });
});
