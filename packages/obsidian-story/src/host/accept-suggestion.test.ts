import { createLedgerRecorder } from '@reelkit/core/provenance';
import { type TextModel, type TextResult } from '@reelkit/core/models';
import { createRuntime } from '@reelkit/core/runtime';
import { createGuard } from '@reelkit/core/guard';
import { describe, expect, it } from 'vitest';
import { aiSpansInNote } from '../generation/ai-spans-in-note.js';
import { ledgerPathFor } from '../generation/ledger-path.js';
import { planGeneration } from '../generation/plan-generation.js';
import { runGeneration } from '../generation/run-generation.js';
import { storyTasks } from '../generation/story-tasks.js';
import { createStoryBible } from '../bible/story-bible.js';
import { FakeEditor } from './__fixtures__/fake-editor.js';
import { FakeVault } from './__fixtures__/fake-vault.js';
import { acceptSuggestion } from './accept-suggestion.js';
import { editorSelection } from './editor-selection.js';
import { createVaultLedgerStore } from './vault-ledger-store.js';

const layout = { entriesFolder: 'Bible', manuscriptFolder: 'Draft' };
const entry = '---\ntype: character\nname: Mara Voss\naliases: [Mara]\n---\nThe keeper.';
const sceneText = '---\ntitle: Night\n---\nMara climbed the steps.';
const written = 'The lamp was cold.';

const model: TextModel = {
  provider: 'fake',
  modelId: 'fake-1',
  generate: (): Promise<TextResult> => Promise.resolve({ text: written, finishReason: 'stop', provider: 'fake', modelId: 'fake-1', usage: { inputTokens: 90, outputTokens: 6 }, cost: { usd: 0, incomplete: false }, fromCache: false }),
  stream: () => {
    throw new Error('not used: Obsidian generates without streaming');
  },
  generateObject: () => Promise.reject(new Error('not used')),
};

describe('generate, accept and record', () => {
  it('inserts at the cursor only on acceptance, records the generation and its placement, and finds the AI span again', async () => {
    const vault = new FakeVault([{ path: 'Bible/mara.md', text: entry }, { path: 'Draft/night.md', text: sceneText }]);
    const bible = createStoryBible(layout);
    for (const file of vault.getMarkdownFiles()) bible.upsert(file.path, await vault.cachedRead(file));
    const editor = new FakeEditor(sceneText, { line: 3, ch: 23 });
    const { from, to } = editorSelection(editor);
    const scene = bible.sceneAt('Draft/night.md');
    const task = storyTasks[0];
    if (scene === undefined || task === undefined) throw new Error('setup');
    const plan = planGeneration({ task, entries: bible.entries(), index: bible.index(), scene, noteText: editor.getValue(), from, to, budgetTokens: 500, model: { provider: 'fake', modelId: 'fake-1' } });
    expect(plan.context.included.map((included) => included.entryId)).toEqual(['mara']);

    let tick = 1_700_000_000_000;
    const runtime = createRuntime({ now: () => (tick += 1000), random: () => 0.5 });
    const recorder = createLedgerRecorder({ store: createVaultLedgerStore(vault.adapter, ledgerPathFor('Draft/night.md')), runtime, promptKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' });
    const pending = await runGeneration(plan, { model: createGuard({ runtime, recorder }).text(model), now: () => tick });
    expect(vault.text('Draft/night.md')).toBe(sceneText);
    expect(pending.record).toMatchObject({ taskId: 'continue', notePath: 'Draft/night.md', provider: 'fake', inputTokens: 90, outputTokens: 6, status: 'pending', text: written });

    const applied = await acceptSuggestion(vault, recorder, pending, 'insert');
    expect(applied).toEqual({ ok: true, document: `${sceneText}\n\n${written}`, start: 46, end: 64 });
    expect(vault.text('Draft/night.md')).toBe(`${sceneText}\n\n${written}`);
    const ledger = vault.adapter.files.get('.reelkit/ledgers/Draft/night.md.jsonl') ?? '';
    expect(ledger.trim().split('\n').map((line) => (JSON.parse(line) as { action: string }).action)).toEqual(['c2pa.created', 'c2pa.placed']);
    expect(ledger).not.toContain('Story bible (what is true');
    expect(ledger).toContain('"promptDigest":"hmac-sha256:');

    const spans = aiSpansInNote(ledger, `Preface.\n${vault.text('Draft/night.md')}`);
    expect(spans.map((span) => [span.current?.start, span.current?.exact, span.status])).toEqual([[55, written, 'intact']]);
  });
});
