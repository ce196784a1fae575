import { describe, expect, it } from 'vitest';
import { createFakePremiere } from './__fixtures__/fake-premiere.js';
import { createPremiereHost } from './create-premiere-host.js';
import { runTransaction } from './run-transaction.js';

const second = 254_016_000_000n;

describe('createPremiereHost against the fake', () => {
  it('reads the active sequence as plain ticks', async () => {
    const fake = createFakePremiere();
    fake.sequence.playerTicks = (5n * second).toString();
    expect(await createPremiereHost(fake.api).readActiveSequence()).toEqual({
      id: 'f00d-5eq',
      name: 'Cut 3',
      ticksPerFrame: 10584000000n,
      endTicks: 60n * second,
      inTicks: 0n,
      outTicks: 60n * second,
      playerTicks: 5n * second,
    });
    expect(await createPremiereHost(createFakePremiere({ project: null }).api).readActiveSequence()).toBeUndefined();
    expect(await createPremiereHost(fake.api).readProjectName()).toBe('Film');
    expect(await createPremiereHost(createFakePremiere({ project: null }).api).readProjectName()).toBeUndefined();
  });

  it('adds many markers as one undo step and reads them back in order', async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    const added = await host.addMarkers(
      [
        { name: 'B', kind: 'chapter', startTicks: 20n * second, durationTicks: 0n },
        { name: 'A', kind: 'comment', startTicks: 10n * second, durationTicks: 2n * second, comments: 'note' },
      ],
      'Reelkit: scene markers',
    );
    expect(added).toBe(2);
    expect(fake.project.undoSteps).toEqual([{ undoLabel: 'Reelkit: scene markers', actions: ['add marker B', 'add marker A'] }]);
    expect(await host.readMarkers()).toEqual([
      { name: 'A', comments: 'note', type: 'Comment', startTicks: 10n * second, durationTicks: 2n * second },
      { name: 'B', comments: '', type: 'Chapter', startTicks: 20n * second, durationTicks: 0n },
    ]);
  });

  it('adds nothing and makes no undo step for an empty list', async () => {
    const fake = createFakePremiere();
    expect(await createPremiereHost(fake.api).addMarkers([], 'x')).toBe(0);
    expect(fake.project.undoSteps).toEqual([]);
  });

  it('imports into a new bin, then sets XMP and transcripts in one undo step', async () => {
    const fake = createFakePremiere();
    const items = await createPremiereHost(fake.api).importIntoBin({
      paths: ['/out/dub-de.wav', '/out/board-1.png'],
      binName: 'Reelkit',
      xmp: { '/out/dub-de.wav': '<x:xmpmeta/>' },
      transcripts: { '/out/dub-de.wav': '{"language":"de-de"}' },
      undoLabel: 'Reelkit: provenance',
    });
    expect(items.map((item) => [item.path, item.name])).toEqual([
      ['/out/dub-de.wav', 'dub-de.wav'],
      ['/out/board-1.png', 'board-1.png'],
    ]);
    expect(fake.project.importCalls).toEqual([{ paths: ['/out/dub-de.wav', '/out/board-1.png'], bin: 'Reelkit' }]);
    expect(fake.project.undoSteps.map((step) => step.undoLabel)).toEqual(['Reelkit: create bin Reelkit', 'Reelkit: provenance']);
    expect(fake.project.undoSteps[1]?.actions).toEqual(['set XMP of dub-de.wav', 'import transcript to dub-de.wav']);
    expect([fake.clip('/out/dub-de.wav')?.xmp, fake.clip('/out/dub-de.wav')?.transcript]).toEqual(['<x:xmpmeta/>', '{"language":"de-de"}']);
  });

  it('reuses an existing bin without another undo step', async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/a.wav'], binName: 'Reelkit', undoLabel: 'x' });
    await host.importIntoBin({ paths: ['/b.wav'], binName: 'Reelkit', undoLabel: 'x' });
    expect(fake.project.undoSteps.map((step) => step.undoLabel)).toEqual(['Reelkit: create bin Reelkit']);
    expect(fake.root.items.map((item) => item.name)).toEqual(['Reelkit']);
  });

  it('says what to do when Premiere refuses', async () => {
    const fake = createFakePremiere();
    fake.project.unreadable.add('/bad.mov');
    await expect(createPremiereHost(fake.api).importIntoBin({ paths: ['/bad.mov'], binName: 'R', undoLabel: 'x' })).rejects.toThrow(
      'Premiere could not import /bad.mov. Check the files exist and are a format Premiere reads.',
    );
    await expect(createPremiereHost(createFakePremiere({ sequence: null }).api).readMarkers()).rejects.toThrow(
      'No sequence is active. Open a sequence in the Timeline panel, then try again.',
    );
    await expect(createPremiereHost(createFakePremiere({ project: null }).api).addMarkers([], 'x')).rejects.toThrow('No project is open in Premiere.');
  });

  it('attaches a transcript to a clip anywhere in the project', async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/interview.mov'], binName: 'Footage', undoLabel: 'x' });
    await host.attachTranscript('/media/interview.mov', '{"segments":[]}', 'Reelkit: transcript');
    expect(fake.clip('/media/interview.mov')?.transcript).toBe('{"segments":[]}');
    expect(fake.project.undoSteps.at(-1)).toEqual({ undoLabel: 'Reelkit: transcript', actions: ['import transcript to interview.mov'] });
  });

  it('reads the clip selected in the Project panel, skipping bins', async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    expect(await host.readSelectedClip()).toBeUndefined();
    await host.importIntoBin({ paths: ['/media/a.mov'], binName: 'Footage', undoLabel: 'x' });
    const bin = fake.root.items[0];
    const clip = fake.clip('/media/a.mov');
    if (bin === undefined || clip === undefined) throw new Error('setup failed');
    fake.selection.push(bin, clip);
    expect(await host.readSelectedClip()).toEqual({ path: '/media/a.mov', name: 'a.mov' });
  });

  it('exports frames and audio through the sequence', async () => {
    const fake = createFakePremiere();
    const host = createPremiereHost(fake.api);
    await host.exportFrame(3n * second, '/tmp/', 'frame.png', { width: 640, height: 360 });
    await host.exportSequence('/tmp/mix.wav', '/presets/wav.epr');
    await host.exportSequence('/tmp/range.mp4', '/presets/h264.epr', 'in-to-out');
    expect(fake.exportedFrames).toEqual([{ ticks: '762048000000', filename: 'frame.png', folder: '/tmp/' }]);
    expect(fake.exportedSequences).toEqual([
      { output: '/tmp/mix.wav', preset: '/presets/wav.epr', exportFull: true },
      { output: '/tmp/range.mp4', preset: '/presets/h264.epr', exportFull: false },
    ]);
  });
});

describe('the fake enforces the transaction rules', () => {
  it('rejects a transaction outside lockedAccess', () => {
    const fake = createFakePremiere();
    expect(() => fake.project.executeTransaction(() => undefined, 'x')).toThrow('executeTransaction must be called inside project.lockedAccess.');
  });

  it('creates actions only inside lockedAccess, as Premiere 26.3 does, and a built action changes nothing uncommitted', async () => {
    const fake = createFakePremiere();
    const markers = fake.sequence.markersApi();
    expect(() => markers.createAddMarkerAction('outside')).toThrow('add marker outside: actions must be created inside project.lockedAccess.');
    fake.project.lockedAccess(() => void markers.createAddMarkerAction('lost'));
    expect(fake.sequence.markers).toEqual([]);
    expect(fake.project.undoSteps).toEqual([]);
  });

  it('commits nothing when the callback throws, and rejects late actions', () => {
    const fake = createFakePremiere();
    const markers = fake.sequence.markersApi();
    let kept: { addAction(action: object): boolean } | undefined;
    fake.project.lockedAccess(() => {
      const ok = fake.project.executeTransaction((compound) => {
        kept = compound;
        compound.addAction(markers.createAddMarkerAction('half'));
        throw new Error('boom');
      }, 'x');
      expect(ok).toBe(false);
    });
    expect(fake.sequence.markers).toEqual([]);
    fake.project.lockedAccess(() => expect(() => kept?.addAction(markers.createAddMarkerAction('late'))).toThrow('This compound action belongs to a finished transaction.'));
    expect(() => runTransaction(fake.project, 'Reelkit: fail', () => [{}])).toThrow('Premiere rejected "Reelkit: fail".');
  });

  it('refuses importFiles inside lockedAccess, as an async call cannot run there', async () => {
    const fake = createFakePremiere();
    let attempt: Promise<boolean> | undefined;
    fake.project.lockedAccess(() => {
      attempt = fake.project.importFiles(['/a.wav']);
    });
    await expect(attempt).rejects.toThrow('importFiles is asynchronous and cannot run inside lockedAccess.');
  });
});
