import { AbortError } from '@reelkit/core/errors';
import type { GuardedTextRequest } from '@reelkit/core/guard';
import { parseLedger, type ProvenanceEvent } from '@reelkit/core/provenance';
import { adaptChapter, reimagineScene } from '@reelkit/core/tasks/writing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exampleLayout, loadExampleVault, type ExampleNote } from '../__fixtures__/example-vault.js';
import { startLoopbackProvider, type LoopbackProvider } from '../__fixtures__/loopback-provider.js';
import { createStoryBible } from '../bible/story-bible.js';
import { FakeVault } from '../host/__fixtures__/fake-vault.js';
import { saveFountain } from '../host/save-fountain.js';
import { requestPreview } from '../preview/request-preview.js';
import { fountainPathFor, fountainSuggestion } from './fountain-suggestion.js';
import { planGeneration } from './plan-generation.js';
import { previewGate } from './preview-gate.js';
import { storyTasks } from './story-tasks.js';
import { createSuggestionTarget } from './suggestion-target.js';

let provider: LoopbackProvider;
let notes: ExampleNote[];
beforeAll(async () => {
  provider = await startLoopbackProvider();
  notes = await loadExampleVault();
});
afterAll(() => provider.server.close());
beforeEach(() => provider.server.reset());

const scene4 = 'Manuscript/scene-04.md';
const adapted = 'INT. LAMP ROOM - DUSK\n\nThe weight chain jumps its sprocket. MARA thrusts her hand into the gears.\n\nWREN\nAunt Mara!';

describe('write from beats', () => {
  it('writes a beat as a scene with the entries the beat names first in its context', () => {
    const beat = 'BEAT: Dmitri rings the fog bell for the dead while Wren counts the strokes.';
    const bible = createStoryBible(exampleLayout);
    for (const note of [...notes, { path: 'Manuscript/scene-11.md', text: `---\nsequence: 11\ntitle: The bell\n---\n${beat}` }]) bible.upsert(note.path, note.text);
    const scene = bible.sceneAt('Manuscript/scene-11.md');
    const task = storyTasks.find((candidate) => candidate.id === 'beat-prose');
    if (scene === undefined || task === undefined) throw new Error('setup');
    const from = scene.bodyOffset;
    const plan = planGeneration({ task, entries: bible.entries(), index: bible.index(), scene, noteText: `---\nsequence: 11\ntitle: The bell\n---\n${beat}`, from, to: from + beat.length, budgetTokens: 1500, model: { provider: 'openai', modelId: 'gpt-4.1-mini' } });
    expect(plan.context.included.slice(0, 3).map((entry) => [entry.entryId, entry.reason.text])).toEqual([
      ['wren-halloway', 'mentioned in The bell'],
      ['fog-bell', 'mentioned in The bell'],
      ['dmitri-orlov', 'mentioned in The bell'],
    ]);
    expect(String(plan.messages[1]?.content).endsWith(`Selected passage:\n${beat}\n\nTask: Write the selected beat as a scene.`)).toBe(true);
    expect(plan.task.prompt).toMatchObject({ id: 'story.beat-prose', version: '1' });
  });

  it('adapts a chapter to Fountain after a preview of exactly what the core task sends, and saves it as a new file', async () => {
    const vault = new FakeVault(notes);
    const session = provider.session(vault);
    const call = await session.open();
    const shown: GuardedTextRequest[] = [];
    const declined = previewGate(await call.forNote(scene4), (request) => (shown.push(request), Promise.resolve(false)));
    const chapter = vault.text(scene4).replace(/^---[\s\S]*?---\n/, '');
    await expect(adaptChapter({ model: declined }, { chapter, title: 'The gears', hasher: session.guard.runtime.hasher })).rejects.toBeInstanceOf(AbortError);
    expect(provider.server.requests).toEqual([]);
    expect(vault.adapter.files.has(`.reelkit/ledgers/${scene4}.jsonl`)).toBe(false);

    provider.server.enqueue('chat', { reply: { content: adapted } });
    const model = previewGate(await call.forNote(scene4), () => Promise.resolve(true));
    const result = await adaptChapter({ model }, { chapter, title: 'The gears', hasher: session.guard.runtime.hasher });
    const preview = requestPreview('Adapt this chapter as Fountain', shown[0] as GuardedTextRequest, call.model);
    expect(provider.chatBodies()[0]?.messages.map((message) => message.content)).toEqual(preview.messages.map((message) => message.text));
    expect(preview.messages[0]?.heading).toBe('Instructions (prompt writing.adapt-chapter, version 1)');
    expect(result.output).toMatchObject({ fountain: adapted, valid: true, scenes: 1 });

    const pending = fountainSuggestion(result, { taskId: 'adapt-chapter', target: createSuggestionTarget(scene4, '', 0, 0), saveAs: fountainPathFor(scene4), inNote: false, time: 0 });
    expect(pending).toMatchObject({ saveAs: 'Manuscript/scene-04.fountain', inNote: false, record: { taskId: 'adapt-chapter', text: adapted, status: 'pending' } });
    expect(await saveFountain(vault, pending, session.recorder)).toEqual({ ok: true });
    expect(vault.text('Manuscript/scene-04.fountain')).toBe(`${adapted}\n`);
    const ledger = parseLedger(vault.adapter.files.get('.reelkit/ledgers/Manuscript/scene-04.fountain.jsonl') ?? '').entries as ProvenanceEvent[];
    expect(ledger.filter((event) => event.type === 'event').map((event) => [event.action, event.source?.entryId])).toEqual([['c2pa.placed', result.provenanceId]]);
    expect(await saveFountain(vault, pending, session.recorder)).toEqual({ ok: false, conflict: 'Manuscript/scene-04.fountain exists already; it was left as it is.' });
  });

  it('re-imagines a selection for a genre and an era, recording both, and offers it for the note and as a file', async () => {
    const vault = new FakeVault(notes);
    const call = await provider.session(vault).open();
    provider.server.enqueue('chat', { reply: { content: 'EXT. DOCKS - NIGHT\n\nRain. A neon sign buzzes.' } });
    const selected = 'The girl ran.';
    const result = await reimagineScene({ model: await call.forNote(scene4) }, { scene: selected, genre: 'film noir', era: '1947' });
    const noteText = vault.text(scene4);
    const from = noteText.indexOf(selected);
    const pending = fountainSuggestion(result, { taskId: 'reimagine', target: createSuggestionTarget(scene4, noteText, from, from + selected.length), saveAs: fountainPathFor(scene4, 'film noir 1947'), inNote: true, time: 0 });
    expect(pending).toMatchObject({ saveAs: 'Manuscript/scene-04 film noir 1947.fountain', defaultApply: 'replace', inNote: true });
    const [event] = parseLedger(vault.adapter.files.get(`.reelkit/ledgers/${scene4}.jsonl`) ?? '').entries as ProvenanceEvent[];
    expect(event?.parameters).toEqual({ prompt: { id: 'writing.reimagine-scene', version: '1' }, genre: 'film noir', era: '1947' });
  });
});
