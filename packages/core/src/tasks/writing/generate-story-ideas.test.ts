import { describe, expect, it } from 'vitest';
import { storyIdeasPrompt } from '../prompts/story-ideas-prompt.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { generateStoryIdeas } from './generate-story-ideas.js';

const harness = useWritingHarness();

describe('generateStoryIdeas', () => {
  it('sends the theme and the constraints set, and returns the validated ideas with their ledger entry', async () => {
    const { context, events } = await harness.setup();
    const ideas = [{ title: 'Salt Light', summary: 'A keeper and a drowned town.', hook: 'The lamp shows the past.' }];
    harness.server().enqueue('chat', { reply: { json: { ideas } } });
    const result = await generateStoryIdeas(context, { theme: 'Lights that outlive their keepers', count: 1, audience: 'teenagers' });

    expect(result.output).toEqual({ ideas });
    const [sent] = harness.sentChats();
    expect(sent?.user).toBe('Theme or starting point:\nLights that outlive their keepers\n\nConstraints:\nAudience: teenagers\n\nGive 1 story ideas, each with a title, a summary and its hook.');
    expect(sent?.responseFormat).toMatchObject({ json_schema: { name: 'story_ideas', schema: storyIdeasPrompt.schema.jsonSchema } });
    const [event] = await events();
    expect(event).toMatchObject({ actor: { name: 'story-ideas' }, parameters: { prompt: { id: 'writing.story-ideas', version: '2' }, count: 1, audience: 'teenagers' } });
    expect(result.provenanceId).toBe(event?.id);
  });

  it('rejects an idea list with an extra field as a schema mismatch', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: { ideas: [{ title: 't', summary: 's', hook: 'h', rating: 5 }] } } });
    await expect(generateStoryIdeas(context, { theme: 'x' })).rejects.toMatchObject({ name: 'SchemaMismatchError', code: 'schema_mismatch' });
  });
});
