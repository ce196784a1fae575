import { describe, expect, it } from 'vitest';
import { loadExampleStoryBible } from '../__fixtures__/example-bible.js';
import { loadExampleVault } from '../__fixtures__/example-vault.js';
import type { StoryPassage } from '../ask/story-passage.js';
import { planGeneration } from '../generation/plan-generation.js';
import { storyTasks } from '../generation/story-tasks.js';
import { generationPreview } from './generation-preview.js';
import { indexPreview } from './index-preview.js';

const passage = (path: string, line: number): StoryPassage => ({ id: `${path}#${line}`, path, kind: 'scene', title: 'T', start: 0, end: 10, line, endLine: line + 2, text: `Passage of ${path}.` });

describe('previews', () => {
  it('shows a generation’s entries and why, what was cut, and every message with its prompt id and version', async () => {
    const bible = await loadExampleStoryBible();
    const note = (await loadExampleVault()).find((candidate) => candidate.path === 'Manuscript/scene-05.md');
    const scene = bible.sceneAt('Manuscript/scene-05.md');
    const task = storyTasks[0];
    if (note === undefined || scene === undefined || task === undefined) throw new Error('example vault changed');
    const plan = planGeneration({ task, entries: bible.entries(), index: bible.index(), scene, noteText: note.text, from: note.text.length, to: note.text.length, budgetTokens: 400, model: { provider: 'openai', modelId: 'gpt-4.1-mini' } });
    const preview = generationPreview(plan);
    expect(preview.title).toBe('Continue the scene: what will be sent');
    expect(preview.summary).toBe(`About ${plan.context.usage?.inputTokens} tokens in (376 of them story bible, budget 400), about 400 out. Estimated cost $0.0009.`);
    expect(preview.rows.slice(0, 2)).toEqual([{ text: 'Elias Crane: mentioned in One hand (73 tokens)' }, { text: 'Wren Halloway: mentioned in One hand (78 tokens)' }]);
    expect(preview.rows.find((row) => row.left === 'cut')).toEqual({ text: 'Nell Voss: left out, needs 53 tokens, 21 left of 400', left: 'cut' });
    expect(preview.messages.map((message) => message.heading)).toEqual(['Instructions (prompt story.continue, version 1)', 'Message']);
  });

  it('shows what indexing sends, per note, the first passages in full, and its cost', () => {
    const passages = Array.from({ length: 22 }, (_, index) => passage(index < 20 ? 'Manuscript/a.md' : 'Story bible/b.md', index));
    const preview = indexPreview({ notes: 2, passages, tokens: 200_000, reused: 5 }, { provider: 'openai', modelId: 'text-embedding-3-small' });
    expect(preview.summary.startsWith('22 passages of 2 notes (about 200000 tokens) go to openai/text-embedding-3-small to be embedded; 5 are indexed already. Estimated cost $0.0040.')).toBe(true);
    expect(preview.rows).toEqual([{ text: 'Manuscript/a.md: 20 passages' }, { text: 'Story bible/b.md: 2 passages' }]);
    expect(preview.messages).toHaveLength(21);
    expect(preview.messages.at(-1)).toEqual({ heading: 'And 2 more passages', text: 'Paragraphs of the notes listed above, sent the same way.' });
    expect(preview.confirm).toBe('Index');
  });
});
