import { createHash } from 'node:crypto';
import { parseLedger, type ProvenanceEvent } from '@reelkit/core/provenance';
import { createHasher } from '@reelkit/core/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { loadExampleVault } from '../__fixtures__/example-vault.js';
import { startLoopbackProvider, type LoopbackProvider } from '../__fixtures__/loopback-provider.js';
import { planGeneration } from '../generation/plan-generation.js';
import { runGeneration } from '../generation/run-generation.js';
import { FakeVault } from '../host/__fixtures__/fake-vault.js';
import { loadPromptNotes } from './load-prompt-notes.js';
import { defaultNoteSystem, readPromptNote } from './read-prompt-note.js';
import { storyTaskChoice } from './story-task-choice.js';

const monologue = '---\nprompt-id: note.monologue\nversion: 2\nname: Villain monologue\napply: replace\n---\n## System\nYou write menace.\n\n## User\nBible:\n{{entries}}\n\nScene "{{title}}":\n{{scene}}\n\nTurn this into a monologue:\n{{selection}}\n';
const continueNote = '---\nprompt-id: story.continue\n---\nContinue "{{title}}" in one short paragraph.\n\n{{scene}}';
const digest = (system: string, user: string): string => createHash('sha256').update(`${system}\n\u0000\n${user}`).digest('hex').slice(0, 8);

let provider: LoopbackProvider;
beforeAll(async () => {
  provider = await startLoopbackProvider();
});
afterAll(() => provider.server.close());

describe('prompt notes', () => {
  it('reads a note with system and user sections, and refuses a variable it does not know', () => {
    expect(readPromptNote('Prompts/monologue.md', monologue)).toEqual({
      ok: true,
      note: {
        path: 'Prompts/monologue.md',
        name: 'Villain monologue',
        id: 'note.monologue',
        declaredVersion: '2',
        system: 'You write menace.',
        user: 'Bible:\n{{entries}}\n\nScene "{{title}}":\n{{scene}}\n\nTurn this into a monologue:\n{{selection}}',
        slots: ['selection', 'scene', 'entries', 'title'],
        defaultApply: 'replace',
        expectedOutputTokens: 400,
      },
    });
    expect(readPromptNote('Prompts/plain.md', 'Summarise {{scene}}')).toMatchObject({ ok: true, note: { id: 'note.plain', name: 'plain', declaredVersion: '1', system: defaultNoteSystem, user: 'Summarise {{scene}}' } });
    expect(readPromptNote('Prompts/typo.md', 'Continue {{scnee}}')).toEqual({ ok: false, path: 'Prompts/typo.md', problem: 'it uses {{scnee}}; the variables are {{selection}}, {{scene}}, {{entries}}, {{title}}' });
  });

  it('offers the built-ins, one replaced by the note with its id, then the writer’s own, each versioned by its wording', async () => {
    const vault = new FakeVault([
      { path: 'Prompts/monologue.md', text: monologue },
      { path: 'Prompts/continue.md', text: continueNote },
      { path: 'Prompts/typo.md', text: 'Continue {{scnee}}' },
      { path: 'Manuscript/scene-01.md', text: 'Not a prompt.' },
    ]);
    const readings = await loadPromptNotes(vault, 'Prompts/');
    expect(readings.map((reading) => reading.ok)).toEqual([true, true, false]);
    const tasks = await storyTaskChoice(readings.flatMap((reading) => (reading.ok ? [reading.note] : [])), createHasher());
    expect(tasks.map((task) => [task.id, task.name, task.source, `${task.prompt.id}@${task.prompt.version}`])).toEqual([
      ['continue', 'Continue the scene', 'note', `story.continue@1+${digest(defaultNoteSystem, 'Continue "{{title}}" in one short paragraph.\n\n{{scene}}')}`],
      ['rewrite', 'Rewrite the selection', 'built-in', 'story.rewrite@1'],
      ['dialogue', 'Write the next exchange of dialogue', 'built-in', 'story.dialogue@1'],
      ['describe', 'Describe the setting', 'built-in', 'story.describe@1'],
      ['brainstorm', 'Brainstorm what happens next', 'built-in', 'story.brainstorm@1'],
      ['beat-prose', 'Write the selected beat as a scene', 'built-in', 'story.beat-prose@1'],
      ['note.monologue', 'Villain monologue', 'note', `note.monologue@2+${digest('You write menace.', 'Bible:\n{{entries}}\n\nScene "{{title}}":\n{{scene}}\n\nTurn this into a monologue:\n{{selection}}')}`],
    ]);
  });

  it('fills a note’s variables with the selection, the scene and its entries, and records its id, version and path', async () => {
    const bible = await loadExampleStoryBible();
    const note = (await loadExampleVault()).find((candidate) => candidate.path === 'Manuscript/scene-05.md');
    const scene = bible.sceneAt('Manuscript/scene-05.md');
    const reading = readPromptNote('Prompts/monologue.md', monologue);
    if (note === undefined || scene === undefined || !reading.ok) throw new Error('setup');
    const [task] = await storyTaskChoice([reading.note], createHasher()).then((tasks) => tasks.slice(-1));
    if (task === undefined) throw new Error('no task');
    const selected = '"Yours is yours," said Mara.';
    const from = note.text.indexOf(selected);
    const vault = new FakeVault();
    const call = await provider.session(vault).open();
    const plan = planGeneration({ task, entries: bible.entries(), index: bible.index(), scene, noteText: note.text, from, to: from + selected.length, budgetTokens: 300, model: call.model });
    expect(plan.messages[0]).toEqual({ role: 'system', content: 'You write menace.' });
    const user = String(plan.messages[1]?.content);
    expect(user.startsWith(`Bible:\n${plan.context.text}\n\nScene "One hand":\nAutumn came in sideways.`)).toBe(true);
    expect(user.endsWith(`"Yours is black. What colour is mine?"\n\nTurn this into a monologue:\n${selected}`)).toBe(true);
    const pending = await runGeneration(plan, { model: await call.forNote(scene.path), now: () => 0 });
    expect(pending.defaultApply).toBe('replace');
    const [event] = parseLedger(vault.adapter.files.get('.reelkit/ledgers/Manuscript/scene-05.md.jsonl') ?? '').entries as ProvenanceEvent[];
    expect(event?.parameters).toEqual({ prompt: { id: 'note.monologue', version: task.prompt.version }, task: 'note.monologue', template: 'Prompts/monologue.md', contextEntries: plan.context.included.map((entry) => entry.entryId) });
  });
});
