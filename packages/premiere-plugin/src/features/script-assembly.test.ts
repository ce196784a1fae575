import { toPremiereTranscript } from '@reelkit/core/captions';
import { describe, expect, it } from 'vitest';
import { premiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { fakeSecond as second } from '../host/__fixtures__/fake-edit-rules.js';
import { createFakePremiere } from '../host/__fixtures__/fake-premiere.js';
import { createPremiereHost } from '../host/create-premiere-host.js';
import { createRecordingGuard } from '../provenance/__fixtures__/recording-guard.js';
import { frameRates } from '../time/frame-rate.js';
import { createMemoryFileStore } from './__fixtures__/memory-file-store.js';
import { buildScriptAssembly } from './build-script-assembly.js';
import { planClipsAssembly } from './plan-clips-assembly.js';

const fountain = ['Title: Kestrel Point', '', 'INT. LIGHTHOUSE - NIGHT', '', 'MARA', 'The storm hit the lighthouse.', '', 'EXT. ROCKS - NIGHT', '', 'TOM', 'Someone is on the rocks!', '', 'MARA', 'Then we go down.', ''].join('\n');
const said = (start: number, text: string) => text.split(' ').map((word, index) => ({ text: word, start: start + index * 0.5, end: start + index * 0.5 + 0.5 }));
const transcript = (...words: ReturnType<typeof said>[]) => new TextEncoder().encode(JSON.stringify(toPremiereTranscript(words.flat(), { language: 'en', randomUUID: () => 'speaker' })));

describe('the script assembly of the selected clips', () => {
  it('lays the best take of each line in script order on a new sequence with a chapter marker per scene, and records it', async () => {
    const fake = createFakePremiere({ mediaSeconds: { '/media/rocks.mov': 20, '/media/lighthouse.mov': 20 } });
    const host = createPremiereHost(fake.api);
    await host.importIntoBin({ paths: ['/media/rocks.mov', '/media/lighthouse.mov'], binName: 'Footage', undoLabel: 'setup' });
    const files = createMemoryFileStore({
      // Shot out of order: the rocks first; the lighthouse line twice.
      '/work/rocks.transcript.json': transcript(said(1, 'Someone is on the rocks!')),
      '/work/lighthouse.transcript.json': transcript(said(0, 'The storm hit the lighthouse.'), said(5, 'The storm hit the lighthouse.')),
    });
    const { guard, entries } = await createRecordingGuard();
    const planned = await planClipsAssembly(host, files, fountain, ['/media/rocks.mov', '/media/lighthouse.mov']);
    expect(planned.assembly.clips.map((clip) => [clip.sourceId, clip.character, clip.sourceStart, clip.takesFound])).toEqual([
      ['/media/lighthouse.mov', 'MARA', 4.9, 2],
      ['/media/rocks.mov', 'TOM', 0.9, 1],
    ]);
    expect(planned.assembly.missing.map((line) => line.text)).toEqual(['Then we go down.']);
    const built = await buildScriptAssembly({ host, files, guard, capabilities: premiereCapabilities('26.3.0'), assembly: planned.assembly, title: planned.title, rate: frameRates['25'] });
    expect([built.name, built.route]).toEqual(['Kestrel Point — assembly', 'sequence']);
    const sequence = fake.project.sequences[0];
    expect(sequence?.videoTracks[0]?.items.map((item) => [item.clip.mediaPath, Number(item.start) / Number(second)])).toEqual([
      ['/media/lighthouse.mov', 0],
      // The take with handles is 4.9–7.6 s: 122.5 → 123 to 190 frames at 25 fps, 67 frames long.
      ['/media/rocks.mov', 2.68],
    ]);
    expect(sequence?.markers.map((marker) => [marker.name, marker.type, marker.comments])).toEqual([
      ['INT. LIGHTHOUSE - NIGHT', 'Chapter', '1 line of the script'],
      ['EXT. ROCKS - NIGHT', 'Chapter', '1 line of the script'],
    ]);
    expect(entries().filter((entry) => entry.type === 'event').map((entry) => (entry.type === 'event' ? [entry.actor.name, entry.parameters] : []))).toEqual([
      ['script-assembly', { route: 'sequence', lines: 2, missing: 1, sources: ['lighthouse.mov', 'rocks.mov'] }],
    ]);
  });
});
