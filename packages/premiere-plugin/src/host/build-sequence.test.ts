import { describe, expect, it } from 'vitest';
import { fakeSecond as second } from './__fixtures__/fake-edit-rules.js';
import { createFakePremiere } from './__fixtures__/fake-premiere.js';
import { createPremiereHost } from './create-premiere-host.js';

const clips = [
  { mediaPath: '/media/interview.mov', sourceInTicks: 2n * second, sourceOutTicks: 4n * second, atTicks: 0n },
  { mediaPath: '/media/interview.mov', sourceInTicks: 7n * second, sourceOutTicks: 10n * second, atTicks: 2n * second },
];

async function setUp(version?: string) {
  const fake = createFakePremiere(version === undefined ? {} : { version });
  const host = createPremiereHost(fake.api);
  await host.importIntoBin({ paths: ['/media/interview.mov'], binName: 'Footage', undoLabel: 'setup' });
  return { fake, host };
}

describe('buildSequence', () => {
  it('makes subclips in one step, then places them and the markers as the one undo step of the edit', async () => {
    const { fake, host } = await setUp();
    const built = await host.buildSequence({
      name: 'interview — rough cut',
      clips,
      markers: [{ name: 'Answer 2', kind: 'comment', startTicks: 2n * second, durationTicks: 3n * second }],
      binName: 'Reelkit Sequences',
      undoLabel: 'Reelkit: rough cut of interview.mov',
    });
    expect(built).toEqual({ id: 'seq-1', name: 'interview — rough cut', clipsPlaced: 2, markersAdded: 1, endTicks: 5n * second });
    expect(fake.project.undoSteps.slice(1).map((step) => [step.undoLabel, step.actions.length])).toEqual([
      ['Reelkit: create bin Reelkit Sequences', 1],
      ['Reelkit: subclips for interview — rough cut', 2],
      ['Reelkit: rough cut of interview.mov', 5],
    ]);
    expect(fake.rules.premiereSteps.at(-1)).toBe('New sequence interview — rough cut');
    const sequence = fake.project.sequences[0];
    // V1 and A1 hold 2–4 s and 7–10 s of the interview, end to end; the original sequence is untouched.
    const placed = (track: { items: { start: bigint; end: bigint; inPoint: bigint }[] } | undefined) => track?.items.map((item) => [item.start / second, item.end / second, item.inPoint / second]);
    expect([placed(sequence?.videoTracks[0]), placed(sequence?.audioTracks[0])]).toEqual([[[0n, 2n, 2n], [2n, 5n, 7n]], [[0n, 2n, 2n], [2n, 5n, 7n]]]);
    expect(sequence?.markers.map((marker) => [marker.name, marker.start])).toEqual([['Answer 2', (2n * second).toString()]]);
    expect(fake.sequence.videoTracks.flatMap((track) => track.items)).toEqual([]);
    expect(fake.project.activeSequence).toBe(sequence);
    const bin = fake.root.items.find((item) => item.name === 'Reelkit Sequences');
    expect(bin !== undefined && 'items' in bin ? bin.items.map((item) => item.name) : []).toEqual(['interview — rough cut (sequence item)', 'interview — rough cut · 001', 'interview — rough cut · 002']);
  });

  it('names a second build apart from the first, so its subclips are never mistaken for the first one\'s', async () => {
    const { host } = await setUp();
    const request = { name: 'interview — rough cut', clips, binName: 'Reelkit Sequences', undoLabel: 'x' };
    await host.buildSequence(request);
    expect((await host.buildSequence(request)).name).toBe('interview — rough cut (2)');
  });

  it('refuses, changing nothing, when a clip is not in the project or nothing starts the sequence', async () => {
    const { fake, host } = await setUp();
    const steps = fake.project.undoSteps.length;
    await expect(host.buildSequence({ name: 'x', clips: [{ ...clips[0]!, mediaPath: '/elsewhere.mov' }], binName: 'B', undoLabel: 'x' })).rejects.toThrow('No clip in the project uses /elsewhere.mov. Import the media first.');
    await expect(host.buildSequence({ name: 'x', clips: [], binName: 'B', undoLabel: 'x' })).rejects.toThrow('Nothing to place at the start of the new sequence.');
    expect(fake.project.undoSteps.length).toBe(steps);
    expect(fake.project.sequences).toEqual([]);
  });

  it('makes a subclip only from a range inside its clip, committing none of a failing transaction', async () => {
    const { fake, host } = await setUp();
    const outside = { ...clips[1]!, sourceOutTicks: 90n * second };
    await expect(host.buildSequence({ name: 'x', clips: [clips[0]!, outside], binName: 'B', undoLabel: 'x' })).rejects.toThrow('Premiere rejected "Reelkit: subclips for x".');
    // The first subclip's action was valid, but the transaction failed as a whole: no subclip, no sequence.
    expect(fake.clip('/media/interview.mov')?.parent?.items.map((item) => item.name)).toEqual(['interview.mov']);
    expect(fake.project.sequences).toEqual([]);
  });
});
