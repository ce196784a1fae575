import { toPremiereTranscript } from '@reelkit/core/captions';
import { createHash } from 'node:crypto';
import { selectCuts } from '@reelkit/core/tasks/rough-cut';
import { describe, expect, it } from 'vitest';
import { premiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { fakeSecond as second } from '../host/__fixtures__/fake-edit-rules.js';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createRecordingGuard } from '../provenance/__fixtures__/recording-guard.js';
import { frameRates } from '../time/frame-rate.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { buildRoughCutSequence } from './build-rough-cut-sequence.js';
import { planClipRoughCut } from './plan-clip-rough-cut.js';

// 10 s of interview: a take, a pause, a retake with "um", then nothing.
const said = (start: number, text: string) => text.split(' ').map((word, index) => ({ text: word, start: start + index * 0.5, end: start + index * 0.5 + 0.5 }));
const words = [...said(0, 'The storm hit us.'), ...said(3, 'Um, the storm hit us.')];
const transcript = JSON.stringify(toPremiereTranscript(words, { language: 'en', randomUUID: () => 'speaker-1' }));

async function setUp(version: string) {
  const fake = createFakePremiere({ version, mediaSeconds: { '/media/interview.mov': 10 } });
  const host = createPremiereHost(fake.api);
  await host.importIntoBin({ paths: ['/media/interview.mov'], binName: 'Footage', undoLabel: 'setup' });
  const files = createMemoryFileStore({ '/work/interview.transcript.json': new TextEncoder().encode(transcript) });
  return { fake, host, files, ...(await createRecordingGuard()) };
}

describe('the rough cut of a clip', () => {
  it('plans from the transcript, then builds "<clip> — rough cut" as the edit’s one undo step and records it', async () => {
    const { fake, host, files, guard, entries } = await setUp('26.3.0');
    const { plan, from } = await planClipRoughCut(host, files, '/media/interview.mov');
    expect([from, plan.sourceSeconds]).toEqual(['reelkit', 10]);
    expect(plan.cuts.map((cut) => [cut.id, cut.start, cut.end])).toEqual([
      ['retake-1', 0, 2],
      ['silence-1', 2.15, 2.85],
      ['filler-1', 3, 3.5],
      ['silence-2', 5.65, 10],
    ]);
    const built = await buildRoughCutSequence({ host, files, guard, capabilities: premiereCapabilities('26.3.0'), mediaPath: '/media/interview.mov', plan, rate: frameRates['25'] });
    expect([built.name, built.route, built.summary]).toEqual(['interview — rough cut', 'sequence', 'Removed 2 silences (5.1 s), 1 filler (0.5 s), 1 retake (2.0 s): 0:10.0 → 0:02.2.']);
    expect(fake.project.undoSteps.slice(-2).map((step) => step.undoLabel)).toEqual(['Reelkit: subclips for interview — rough cut', 'Reelkit: rough cut of interview.mov']);
    // Kept: 2.85–3 s is too short to keep; 3.5–5.65 s (87.5 → 88 to 141.25 → 141 frames at 25 fps).
    const frame = second / 25n;
    expect(fake.project.sequences[0]?.videoTracks[0]?.items.map((item) => [item.inPoint / frame, (item.end - item.start) / frame, item.start])).toEqual([[88n, 53n, 0n]]);
    const [entry] = entries().filter((candidate) => candidate.type === 'event');
    expect(entry).toMatchObject({ actor: { type: 'tool', name: 'rough-cut' }, action: 'c2pa.edited', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia', parameters: { route: 'sequence', cuts: 4, unticked: 0 }, source: { title: 'interview.mov' } });
    const decisions = files.files.get('/work/interview.rough-cut.json') ?? new Uint8Array();
    expect(entry?.type === 'event' ? entry.outputDigest : '').toBe(`sha256:${createHash('sha256').update(decisions).digest('hex')}`);
    expect(JSON.parse(new TextDecoder().decode(decisions))).toMatchObject({ sequence: 'interview — rough cut', kept: [{ sourceStart: 3.5, sourceEnd: 5.65 }] });
  });

  it('keeps what the editor unticks, and before 26.3 imports the same cut as FCP 7 XML', async () => {
    const { fake, host, files, guard } = await setUp('26.2.0');
    fake.clip('/media/interview.mov')!.premiereTranscript = transcript;
    const { plan, from } = await planClipRoughCut(host, files, '/media/interview.mov');
    const kept = selectCuts(plan, { 'retake-1': false });
    const built = await buildRoughCutSequence({ host, files, guard, capabilities: premiereCapabilities('26.2.0'), mediaPath: '/media/interview.mov', plan: kept });
    expect([from, built.route]).toEqual(['premiere', 'xml-imported']);
    expect(fake.project.importCalls.at(-1)).toEqual({ paths: ['/work/interview.rough-cut.xml'], bin: 'Reelkit Sequences' });
    const xml = files.text('/work/interview.rough-cut.xml') ?? '';
    // 24 fps (no sequence rate given): 0–2.15 s, then 3.5–5.65 s.
    expect(xml.match(/<in>\d+<\/in><out>\d+<\/out>/g)?.slice(0, 2)).toEqual(['<in>0</in><out>52</out>', '<in>84</in><out>136</out>']);
    expect(fake.project.sequences).toEqual([]);
  });

  it('says how to get a transcript when the clip has none', async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/silent.mov'], binName: 'Footage', undoLabel: 'setup' });
    await expect(planClipRoughCut(host, createMemoryFileStore(), '/media/silent.mov')).rejects.toThrow(
      'silent.mov has no transcript. Transcribe it in Premiere (Window → Text → Transcript) or with "Transcribe clip", then try again.',
    );
  });
});
