import { describe, expect, it } from 'vitest';
import { fakeSecond as second } from './__fixtures__/fake-edit-rules.js';
import { createFakePremiere } from './__fixtures__/fake-premiere.js';
import { createPremiereHost } from './create-premiere-host.js';

async function setUp() {
  const fake = createFakePremiere({ mediaSeconds: { '/media/scene-4.mov': 30, '/work/scene-4.de.dub.wav': 30, '/work/scene-4.fr.dub.wav': 30 } });
  const host = createPremiereHost(fake.api);
  await host.importIntoBin({ paths: ['/media/scene-4.mov'], binName: 'Footage', undoLabel: 'setup' });
  await host.importIntoBin({ paths: ['/work/scene-4.de.dub.wav', '/work/scene-4.fr.dub.wav', '/media/score.wav'], binName: 'Reelkit Dubbing', undoLabel: 'setup' });
  // The clip sits at 10 s on V1/A1, playing its media from 0; music under it on A2.
  const at = { ticks: (10n * second).toString(), seconds: 10 };
  fake.project.lockedAccess(() =>
    fake.project.executeTransaction((compound) => {
      compound.addAction(fake.sequence.editor().createOverwriteItemAction(fake.clip('/media/scene-4.mov')!, at, 0, 0));
      compound.addAction(fake.sequence.editor().createOverwriteItemAction(fake.clip('/media/score.wav')!, at, 0, 1));
    }, 'setup'),
  );
  return { fake, host };
}

describe('placeAudio', () => {
  it('lays each file on a new audio track at its time, disables the original’s audio beneath in the same step, then names the tracks', async () => {
    const { fake, host } = await setUp();
    const before = fake.project.undoSteps.length;
    const placed = await host.placeAudio({
      tracks: [
        { name: 'Dub de', mediaPath: '/work/scene-4.de.dub.wav', atTicks: 10n * second, durationTicks: 30n * second },
        { name: 'Dub fr', mediaPath: '/work/scene-4.fr.dub.wav', atTicks: 10n * second, durationTicks: 30n * second },
      ],
      originalMediaPath: '/media/scene-4.mov',
      undoLabel: 'Reelkit: dubs of scene-4.mov',
    });
    expect(placed).toEqual({ trackIndexes: [3, 4], disabledOriginals: 1, named: true });
    expect(fake.project.undoSteps.slice(before)).toEqual([
      { undoLabel: 'Reelkit: dubs of scene-4.mov', actions: ['insert scene-4.de.dub.wav at 2540160000000 on A4', 'insert scene-4.fr.dub.wav at 2540160000000 on A5', 'disable scene-4.mov at 2540160000000'] },
      { undoLabel: 'Reelkit: dubs of scene-4.mov: track names', actions: ['name track Audio 4 Dub de', 'name track Audio 5 Dub fr'] },
    ]);
    const tracks = await host.readTracks();
    expect(tracks.audio.map((track) => [track.name, track.items.map((item) => [item.mediaPath, item.startTicks / second, item.endTicks / second, item.disabled])])).toEqual([
      ['Audio 1', [['/media/scene-4.mov', 10n, 40n, true]]],
      // The music under the dub is not the original: left enabled.
      ['Audio 2', [['/media/score.wav', 10n, 70n, false]]],
      ['Audio 3', []],
      ['Dub de', [['/work/scene-4.de.dub.wav', 10n, 40n, false]]],
      ['Dub fr', [['/work/scene-4.fr.dub.wav', 10n, 40n, false]]],
    ]);
    // The picture did not move: audio files target audio tracks only.
    expect(tracks.video[0]?.items.map((item) => [item.startTicks / second, item.disabled])).toEqual([[10n, false]]);
  });

  it('makes a track only at the track count: the new track exists only once its transaction has committed', async () => {
    const { fake } = await setUp();
    const editor = fake.sequence.editor();
    const dub = fake.clip('/work/scene-4.de.dub.wav')!;
    fake.project.lockedAccess(() => {
      const ok = fake.project.executeTransaction((compound) => {
        compound.addAction(editor.createInsertProjectItemAction(dub, { ticks: '0', seconds: 0 }, 0, 3, true));
        // Not yet: the track is made when the transaction commits.
        expect(fake.sequence.audioTracks.length).toBe(3);
      }, 'one');
      expect(ok).toBe(true);
    });
    expect(fake.sequence.audioTracks.length).toBe(4);
    fake.project.lockedAccess(() => {
      expect(fake.project.executeTransaction((compound) => compound.addAction(editor.createInsertProjectItemAction(dub, { ticks: '0', seconds: 0 }, 0, 9, true)), 'skip')).toBe(false);
    });
    expect(fake.sequence.audioTracks.length).toBe(4);
  });

  it('says what to import when a file is not in the project, and changes nothing', async () => {
    const { fake, host } = await setUp();
    const before = fake.project.undoSteps.length;
    await expect(host.placeAudio({ tracks: [{ name: 'x', mediaPath: '/work/missing.wav', atTicks: 0n, durationTicks: second }], undoLabel: 'x' })).rejects.toThrow(
      'No clip in the project uses /work/missing.wav. Import it first.',
    );
    expect(fake.project.undoSteps.length).toBe(before);
  });
});

describe('what the host reads for editing', () => {
  it("reads Premiere's version, falling back to UXP's report, the clip's length and its own transcript", async () => {
    const fake = createFakePremiere({ version: '25.6.1' });
    expect(await createPremiereHost(fake.api).readPremiereVersion()).toBe('25.6.1');
    expect(await createPremiereHost(createFakePremiere({ version: '' }).api, { hostVersion: () => '26.2.0' }).readPremiereVersion()).toBe('26.2.0');
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/a.mov'], binName: 'Footage', undoLabel: 'x' });
    expect(await host.readClipTranscript('/media/a.mov')).toBeUndefined();
    fake.clip('/media/a.mov')!.premiereTranscript = '{"segments":[]}';
    expect(await host.readClipTranscript('/media/a.mov')).toBe('{"segments":[]}');
    expect(await host.readClipTranscript('/media/elsewhere.mov')).toBeUndefined();
    expect([await host.readClipDuration('/media/a.mov'), await host.readClipDuration('/media/elsewhere.mov')]).toEqual([60n * second, undefined]);
  });
});
