import { describe, expect, it } from 'vitest';
import { SchemaMismatchError } from '../../errors/schema-mismatch-error.js';
import { loglinePrompt } from '../prompts/logline-prompt.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { generateLoglines } from './generate-loglines.js';
import { InvalidTaskInputError } from './invalid-task-input-error.js';

const harness = useWritingHarness();
const options = [
  { title: 'The Last Keeper', logline: 'A lighthouse keeper defies automation to guide her missing brother home.', premise: 'Maya keeps the lamp lit.', genre: 'drama', tone: 'bittersweet' },
  { title: 'Lamp Room', logline: 'A keeper must choose between the light and the town.', premise: 'The board arrives.', genre: 'thriller', tone: 'tense' },
];

describe('generateLoglines', () => {
  it('asks for structured options with the idea and constraints, and records the prompt id', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: { options } } });
    const result = await generateLoglines({ ...context, temperature: 0.9 }, { idea: '  A keeper refuses to let the lighthouse go dark. ', count: 2, tone: 'bittersweet' });

    expect(result.output.options.map((option) => option.title)).toEqual(['The Last Keeper', 'Lamp Room']);
    const [sent] = harness.sentChats();
    expect(sent?.model).toBe('gpt-4o-mini');
    expect(sent?.temperature).toBe(0.9);
    // Capped by default, so a slow local model cannot generate for many minutes.
    expect(sent?.maxTokens).toBe(4096);
    expect(sent?.user).toBe(
      'Seed idea:\nA keeper refuses to let the lighthouse go dark.\n\nConstraints:\nTone: bittersweet\n\nPropose 2 different options, each with a title, logline, premise, genre and tone.',
    );
    expect(sent?.system).toBe(loglinePrompt.system);
    expect(sent?.responseFormat).toEqual({ type: 'json_schema', json_schema: { name: 'logline_options', schema: loglinePrompt.schema.jsonSchema, strict: true } });
    const [event] = await events();
    expect(result.provenanceId).toBe(event?.id);
    expect(event).toMatchObject({ actor: { type: 'ai', name: 'logline' }, model: 'gpt-4o-mini', parameters: { prompt: { id: 'writing.logline', version: '2' }, count: 2, tone: 'bittersweet' } });
    expect(result.cost.usd).toBeGreaterThan(0);
  });

  it('tells the model to vary genre and tone when the writer set neither', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: { options } } });
    await generateLoglines(context, { idea: 'A keeper.' });
    expect(harness.sentChats()[0]?.user).toContain('Constraints:\nNone: vary genre and tone across the options.\n\nPropose 3 different options');
  });

  it('rejects output that does not match the schema with SchemaMismatchError, recording nothing', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: { options: [{ title: 'Only a title' }] } } });
    const pending = generateLoglines(context, { idea: 'A keeper.' });
    await expect(pending).rejects.toBeInstanceOf(SchemaMismatchError);
    await expect(pending).rejects.toMatchObject({ code: 'schema_mismatch', text: '{"options":[{"title":"Only a title"}]}' });
    expect(await events()).toEqual([]);
  });

  it('refuses a blank idea or an absurd count before calling the model', async () => {
    const { context } = await harness.setup();
    await expect(generateLoglines(context, { idea: '  ' })).rejects.toThrow('The logline task cannot run: the idea is empty. Give the idea some text.');
    await expect(generateLoglines(context, { idea: 'x', count: 50 })).rejects.toBeInstanceOf(InvalidTaskInputError);
    expect(harness.server().requests).toEqual([]);
  });
});
