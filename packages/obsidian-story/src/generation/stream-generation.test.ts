import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLoopbackProvider, type LoopbackProvider } from '../__fixtures__/loopback-provider.js';
import { createStoryBible } from '../bible/story-bible.js';
import { FakeVault } from '../host/__fixtures__/fake-vault.js';
import { planGeneration } from './plan-generation.js';
import { runGeneration } from './run-generation.js';
import { storyTasks } from './story-tasks.js';

const sceneText = '---\ntitle: Night\n---\nMara climbed the steps.';
const written = 'The lamp was cold. The sea was loud. Wren slept below, and the bell said nothing at all.';

let provider: LoopbackProvider;
beforeAll(async () => {
  provider = await startLoopbackProvider();
});
afterAll(() => provider.server.close());
beforeEach(() => provider.server.reset());

/** "Continue the scene" at the end of a one-scene vault, streamed through the session over the loopback fake's SSE. */
async function continueStreamed(vault: FakeVault, signal?: AbortSignal, onText: (text: string) => void = () => undefined) {
  const bible = createStoryBible({ entriesFolder: 'Bible', manuscriptFolder: 'Draft' });
  bible.upsert('Draft/night.md', sceneText);
  const scene = bible.sceneAt('Draft/night.md');
  const task = storyTasks[0];
  if (scene === undefined || task === undefined) throw new Error('setup');
  const call = await provider.session(vault).open();
  const plan = planGeneration({ task, entries: bible.entries(), index: bible.index(), scene, noteText: sceneText, from: sceneText.length, to: sceneText.length, budgetTokens: 500, model: call.model });
  return runGeneration(plan, { model: await call.forNote('Draft/night.md'), now: () => 0, onText, ...(signal === undefined ? {} : { signal }) });
}

describe('streamed generation', () => {
  it('shows the text as it arrives, then checks and records it whole', async () => {
    provider.server.enqueue('chat', { reply: { content: written } });
    const seen: string[] = [];
    const vault = new FakeVault();
    const pending = await continueStreamed(vault, undefined, (text) => seen.push(text));
    expect((provider.server.requests[0]?.json as { stream?: boolean }).stream).toBe(true);
    expect(seen.length).toBe(written.split(' ').length);
    expect(seen[0]).toBe('The ');
    expect(seen.at(-1)).toBe(written);
    expect(pending.record.text).toBe(written);
    expect(vault.adapter.files.get('.reelkit/ledgers/Draft/night.md.jsonl')).toContain('"c2pa.created"');
  });

  it('stops mid-stream on cancel, and records nothing', async () => {
    provider.server.enqueue('chat', { reply: { content: written }, chunkDelayMs: 40 });
    const cancel = new AbortController();
    const seen: string[] = [];
    const vault = new FakeVault();
    const run = continueStreamed(vault, cancel.signal, (text) => {
      seen.push(text);
      if (seen.length === 3) cancel.abort(new Error('Cancelled.'));
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['The ', 'The lamp ', 'The lamp was ']);
    expect(vault.adapter.files.has('.reelkit/ledgers/Draft/night.md.jsonl')).toBe(false);
  });
});
