import { toPremiereTranscript } from '@reelkit/core/captions';
import { parseLedger } from '@reelkit/core/provenance';
import { createFakeProviderServer, type FakeProviderServer } from '@reelkit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPanelHarness } from './__fixtures__/panel-harness.js';

let server: FakeProviderServer;
beforeAll(async () => {
  server = await createFakeProviderServer();
});
afterAll(() => server.close());

const said = (start: number, text: string) => text.split(' ').map((word, index) => ({ text: word, start: start + index * 0.5, end: start + index * 0.5 + 0.5 }));
const transcript = JSON.stringify(toPremiereTranscript([...said(0, 'The storm hit us.'), ...said(3, 'Um, the storm hit us.')], { language: 'en', randomUUID: () => 'speaker' }));

describe('the rough cut from the panel', () => {
  it('previews the cuts, lets the editor untick some, then builds the new sequence as one undo step and records it', async () => {
    const panel = await createPanelHarness(server, {});
    panel.files.files.set('/work/scene-4.transcript.json', new TextEncoder().encode(transcript));
    panel.controller.select('rough-cut');
    expect([panel.views.at(-1)?.runEnabled, panel.views.at(-1)?.note]).toEqual([true, 'No model call: free.']);
    await panel.controller.run();
    const preview = panel.views.at(-1);
    expect([preview?.runLabel, preview?.message?.text]).toEqual([
      'Build rough cut',
      "4 cuts proposed for scene-4.mov (4 ticked) from the Reelkit transcript; untick any to keep, then Run again to build the rough cut (the clip is not changed).",
    ]);
    expect(preview?.cuts?.reasons.map((reason) => [reason.label, reason.checked])).toEqual([
      ['Silences (2 of 2)', true],
      ['Fillers (1 of 1)', true],
      ['Retakes (1 of 1)', true],
    ]);
    expect(preview?.cuts?.rows.map((row) => row.label)).toContain('0:00.0–0:02.0 · retake · Take 1 of 2 of “Um, the storm hit us.”; the last good take starts at 0:03.0.');
    expect(panel.steps()).toEqual([]);

    panel.controller.toggleCut({ reason: 'silence' }, false);
    expect(panel.views.at(-1)?.cuts?.reasons[0]).toEqual({ reason: 'silence', label: 'Silences (0 of 2)', checked: false });
    await panel.controller.run();
    expect(panel.views.at(-1)?.message?.text).toBe('"scene-4 — rough cut": Removed 1 filler (0.5 s), 1 retake (2.0 s): 1:00.0 → 0:57.5. The original is untouched; the edit is one undo step.');
    expect(panel.steps()).toEqual(['Reelkit: create bin Reelkit Sequences', 'Reelkit: subclips for scene-4 — rough cut', 'Reelkit: rough cut of scene-4.mov']);
    expect(panel.views.at(-1)?.cuts).toBeUndefined();
    const events = parseLedger(panel.files.text('/work/Film.ledger.jsonl') ?? '').entries.filter((entry) => entry.type === 'event');
    expect(events.map((entry) => (entry.type === 'event' ? [entry.actor, entry.action, entry.parameters] : []))).toEqual([
      [{ type: 'tool', name: 'rough-cut' }, 'c2pa.edited', { route: 'sequence', cuts: 2, unticked: 2 }],
    ]);
    panel.controller.dispose();
  });
});

describe('the script assembly from the panel', () => {
  it('says which lines have takes, then builds "<title> — assembly" with a marker per scene', async () => {
    const panel = await createPanelHarness(server, {});
    const takes = toPremiereTranscript([...said(0, 'Forty-one.'), ...said(2, 'Forty-one.')], { language: 'en', randomUUID: () => 'speaker' });
    panel.files.files.set('/work/scene-4.transcript.json', new TextEncoder().encode(JSON.stringify(takes)));
    panel.controller.select('script-assembly');
    await panel.controller.run();
    expect([panel.picked, panel.views.at(-1)?.runLabel, panel.views.at(-1)?.message?.text]).toEqual([
      ['script'],
      'Build assembly (1 line)',
      '1 line in 1 scene from 1 clip; every line has a take. Run again to build "Script — assembly".',
    ]);
    await panel.controller.run();
    expect(panel.views.at(-1)?.message?.text).toBe('"Script — assembly": 1 take in script order with a marker per scene; the edit is one undo step.');
    expect(panel.fake.project.sequences[0]?.markers.map((marker) => marker.name)).toEqual(['INT. LIGHTHOUSE - NIGHT']);
    // The second take (the last of two equally good ones) from 1.9 s with its handle: frame 45.6 → 46 at 24 fps.
    expect(panel.fake.project.sequences[0]?.audioTracks[0]?.items.map((item) => item.inPoint / 10_584_000_000n)).toEqual([46n]);
    panel.controller.dispose();
  });
});
