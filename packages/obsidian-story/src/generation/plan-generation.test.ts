import { describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { loadExampleVault } from '../__fixtures__/example-vault.js';
import { planGeneration } from './plan-generation.js';
import { storyTasks } from './story-tasks.js';
import { omitUndefined } from '@reelkit/core/runtime';

async function planAtEndOfScene5(budgetTokens: number, taskIndex = 0, selection?: string, pinned?: readonly string[]) {
  const bible = await loadExampleStoryBible();
  const note = (await loadExampleVault()).find((candidate) => candidate.path === 'Manuscript/scene-05.md');
  const scene = bible.sceneAt('Manuscript/scene-05.md');
  if (note === undefined || scene === undefined) throw new Error('example vault changed');
  const from = selection === undefined ? note.text.length : note.text.indexOf(selection);
  const to = selection === undefined ? from : from + selection.length;
  const task = storyTasks[taskIndex];
  if (task === undefined) throw new Error('no task');
  return planGeneration({ task, entries: bible.entries(), index: bible.index(), scene, noteText: note.text, from, to, budgetTokens, ...omitUndefined({ pinned }), model: { provider: 'openai', modelId: 'gpt-4.1-mini' } });
}

describe('planGeneration', () => {
  it('sends the entries mentioned up to the cursor, most recent first, within the budget, and prices the whole prompt', async () => {
    const plan = await planAtEndOfScene5(400);
    expect(plan.context.included.map((entry) => entry.entryId)).toEqual(['elias-crane', 'wren-halloway', 'gideon-pell', 'mara-voss', 'tide-clock']);
    expect(plan.context.tokens).toBe(376);
    expect(plan.context.cut[0]).toMatchObject({ entryId: 'nell-voss', tokens: 52, why: 'needs 53 tokens, 21 left of 400' });
    expect(plan.context.usage?.outputTokens).toBe(400);
    expect(plan.context.cost?.incomplete).toBe(false);
    expect(plan.messages[0]).toEqual({
      role: 'system',
      content: 'You help a novelist write. Continue the scene from exactly where it stops, for 150 to 300 words. Match the manuscript’s voice, tense and point of view. Never contradict the story bible. Reply with the text only, no preamble.',
    });
    const user = String(plan.messages[1]?.content);
    expect(user.startsWith(`Story bible (what is true in this story):\n${plan.context.text}\n\nScene "One hand", up to the cursor:\n`)).toBe(true);
    expect(user.endsWith('noticed her noticing.\n\nTask: Continue the scene.')).toBe(true);
    expect(plan.target).toEqual({ notePath: 'Manuscript/scene-05.md', from: 933, to: 933, original: '', prefix: 'ticed everything, noticed her noticing.\n' });
  });

  it('never sends private notes, and puts the selection in the prompt for a rewrite', async () => {
    const plan = await planAtEndOfScene5(1500, 1, 'Autumn came in sideways.');
    const prompt = plan.messages.map((message) => String(message.content)).join('\n');
    expect(prompt).not.toContain('burned it');
    expect(prompt).toContain('Selected passage:\nAutumn came in sideways.\n\nTask: Rewrite the selection.');
    expect(prompt).toContain('Scene "One hand", up to the selection:\n');
    expect(plan.target.original).toBe('Autumn came in sideways.');
  });

  it('sends a manual entry only when pinned', async () => {
    const unpinned = await planAtEndOfScene5(3000);
    expect(unpinned.context.included.some((entry) => entry.entryId === 'maras-marriage')).toBe(false);
    const pinned = await planAtEndOfScene5(3000, 0, undefined, ['maras-marriage']);
    expect(pinned.context.included.find((entry) => entry.entryId === 'maras-marriage')?.reason).toEqual({ kind: 'pinned', text: 'pinned' });
  });
});
