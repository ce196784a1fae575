import { describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { loadExampleVault } from '../__fixtures__/example-vault.js';
import { continuityPrompt } from '../continuity/continuity-prompt.js';
import { planGeneration } from './plan-generation.js';
import { storyTasks } from './story-tasks.js';

const prompts = [...storyTasks.map((task) => task.prompt), continuityPrompt];
const slotsIn = (text: string): string[] => [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => match[1] ?? '');

describe('story prompts', () => {
  it('each have a stable id and a version, recorded in the ledger', () => {
    expect(prompts.map((prompt) => `${prompt.id}@${prompt.version}`)).toEqual(['story.continue@1', 'story.rewrite@1', 'story.dialogue@1', 'story.describe@1', 'story.brainstorm@1', 'story.beat-prose@1', 'story.continuity@1']);
  });

  it('use exactly the slots they declare', () => {
    for (const prompt of prompts) expect([...new Set([...slotsIn(prompt.system), ...slotsIn(prompt.user)])].sort(), prompt.id).toEqual([...prompt.slots].sort());
  });

  it('send the writer’s text as written, even when it contains a slot name in braces', async () => {
    const bible = await loadExampleStoryBible();
    const note = (await loadExampleVault()).find((candidate) => candidate.path === 'Manuscript/scene-05.md');
    const scene = bible.sceneAt('Manuscript/scene-05.md');
    const task = storyTasks[1];
    if (note === undefined || scene === undefined || task === undefined) throw new Error('example vault changed');
    const selected = 'Autumn came in sideways.';
    const braced = note.text.replace(selected, '{{context}} {{nope');
    const from = braced.indexOf('{{context}}');
    const plan = planGeneration({ task, entries: bible.entries(), index: bible.index(), scene: { ...scene, body: scene.body.replace(selected, '{{context}} {{nope') }, noteText: braced, from, to: from + 18, budgetTokens: 400, model: { provider: 'openai', modelId: 'gpt-4.1-mini' } });
    expect(String(plan.messages[1]?.content)).toContain('Selected passage:\n{{context}} {{nope\n\nTask: Rewrite the selection.');
  });
});
