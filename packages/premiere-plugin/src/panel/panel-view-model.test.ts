import { describe, expect, it } from 'vitest';
import { premiereCapabilities } from '../capabilities/premiere-capabilities.js';
import { toPanelView, type PanelState } from './panel-view-model.js';

const ready: PanelState = { project: 'Film', sequence: 'Cut 3', clip: 'scene-4.mov', selected: 'transcribe', available: ['speech', 'openai', 'replicate'], estimate: 'About $0.06 with openai/whisper-1.', jobs: [], checks: { moderation: true, language: true } };

/** The ready state with some fields changed and others removed (exact optional types forbid `undefined`). */
function variant(changes: Partial<PanelState>, ...removed: ('project' | 'sequence' | 'clip')[]): PanelState {
  const state: Record<string, unknown> = { ...ready, ...changes };
  for (const key of removed) delete state[key];
  return state as unknown as PanelState;
}

describe('toPanelView', () => {
  it('enables Run with the cost estimate when everything is in place', () => {
    const view = toPanelView(ready);
    expect([view.context, view.runLabel, view.runEnabled, view.note]).toEqual(['Film · Cut 3 · scene-4.mov', 'Transcribe clip', true, 'About $0.06 with openai/whisper-1.']);
    expect(view.features.filter((feature) => feature.enabled)).toHaveLength(11);
    expect(view.option).toBeUndefined();
  });

  it('shows both check switches in the settings, as the editor set them', () => {
    expect(toPanelView({ ...ready, checks: { moderation: false, language: true } }).checks).toEqual([
      { id: 'moderation', label: 'Moderate generated text (with an OpenAI key)', on: false },
      { id: 'language', label: 'Inclusive-language check on generated text', on: true },
    ]);
  });

  it('says why Run is disabled, first blocker first', () => {
    const note = (state: Partial<PanelState>, ...removed: ('project' | 'sequence' | 'clip')[]) => toPanelView(variant(state, ...removed)).note;
    expect(note({}, 'project')).toBe('Open a project to start.');
    expect(note({}, 'clip')).toBe('Select a clip in the Project panel.');
    expect(note({ selected: 'scene-markers' }, 'sequence')).toBe('Open a sequence in the Timeline.');
    expect(note({ available: [] })).toBe('Add an API key or a local endpoint in Settings.');
    expect(note({ selected: 'music', available: ['speech', 'openai'] })).toBe('Add a Replicate API token in Settings.');
    expect(note({ selected: 'translate', available: ['speech', 'replicate'] })).toBe('Add an OpenAI API key in Settings.');
    expect(note({ running: { label: 'Transcribe clip' } })).toBe('Wait for "Transcribe clip" to finish.');
    expect(toPanelView(variant({}, 'project')).runEnabled).toBe(false);
    expect(toPanelView(variant({}, 'project')).context).toBe('No project open');
  });

  it('shows the option field of the selected feature and the label of a pending second step', () => {
    const view = toPanelView({ ...ready, selected: 'music', options: { music: 'Chase' }, pending: { feature: 'music', label: 'Submit music cue' } });
    expect([view.option, view.runLabel]).toEqual([{ placeholder: 'Marker name (empty: marker at the playhead)', value: 'Chase' }, 'Submit music cue']);
    expect(toPanelView({ ...ready, selected: 'dub', pending: { feature: 'music', label: 'Submit music cue' } }).runLabel).toBe('Dub');
  });

  it('shows progress in percent and lets only live jobs be cancelled', () => {
    const view = toPanelView({
      ...ready,
      running: { label: 'Transcribe clip', progress: 0.426 },
      jobs: [
        { id: 'a', label: 'Music cue', state: 'running', progress: 0.5 },
        { id: 'b', label: 'Upscale', state: 'failed', error: 'out of credit' },
        { id: 'c', label: 'Interpolate', state: 'queued' },
      ],
    });
    expect(view.progress).toEqual({ label: 'Transcribe clip', percent: 43 });
    expect(view.jobs).toEqual([
      { id: 'a', label: 'Music cue', status: 'Running', progress: 50, canCancel: true },
      { id: 'b', label: 'Upscale', status: 'Failed: out of credit', canCancel: false },
      { id: 'c', label: 'Interpolate', status: 'Queued', canCancel: true },
    ]);
  });

  it('says, beside the cost, what the running Premiere does instead where it lacks a call', () => {
    const older = { ...ready, selected: 'rough-cut', estimate: 'No model call: free.', capabilities: premiereCapabilities('26.1.0') } as const;
    expect(toPanelView(older).note).toBe('No model call: free. Premiere 26.1 lacks ClipProjectItem.createSubClipAction (26.3+): the sequence is written as FCP 7 XML and imported.');
    expect(toPanelView({ ...older, capabilities: premiereCapabilities('26.3.0') }).note).toBe('No model call: free.');
    expect(toPanelView({ ...older, selected: 'scene-markers' }).note).toBe('No model call: free.');
  });

  it('lists a rough cut’s cuts under a tick per reason, drawing at most 120 rows', () => {
    const rows = Array.from({ length: 130 }, (_, index) => ({ id: `silence-${index + 1}`, reason: 'silence' as const, label: `cut ${index + 1}`, checked: index !== 0 }));
    const view = toPanelView({ ...ready, selected: 'rough-cut', cuts: { feature: 'rough-cut', rows } });
    expect([view.cuts?.reasons, view.cuts?.rows.length, view.cuts?.rows[0], view.cuts?.hidden]).toEqual([
      [{ reason: 'silence', label: 'Silences (129 of 130)', checked: false }],
      120,
      { id: 'silence-1', label: 'cut 1', checked: false },
      10,
    ]);
    expect(toPanelView({ ...ready, cuts: { feature: 'rough-cut', rows } }).cuts).toBeUndefined();
  });
});
