import { describe, expect, it } from 'vitest';
import { characterBackgroundPrompt } from '../prompts/character-background-prompt.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { generateCharacterBackground } from './generate-character-background.js';

const harness = useWritingHarness();
const background = {
  name: 'MAYA',
  summary: 'The last keeper of the Skerry light.',
  backstory: 'Raised in the lighthouse by her father.',
  want: 'To keep the lamp lit.',
  need: 'To let someone else carry the light.',
  flaw: 'Trusts no one with anything that matters.',
  voice: 'Short, dry sentences; counts things.',
  relationships: [{ name: 'TOM', relationship: 'Her late father\'s friend, who wants her to leave.' }],
};

describe('generateCharacterBackground', () => {
  it('sends the name, story and the writer\'s notes and returns the structured background', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: background } });
    const result = await generateCharacterBackground(context, { name: 'MAYA', story: 'A keeper refuses automation.', notes: 'She is deaf in one ear.' });

    expect(result.output).toEqual(background);
    const [sent] = harness.sentChats();
    expect(sent?.user).toBe("Character: MAYA\n\nThe story:\nA keeper refuses automation.\n\nThe writer's notes on this character:\nShe is deaf in one ear.\n\nWrite their background.");
    // The system prompt carries the rule against assigning identity the writer did not give.
    expect(sent?.system).toContain('Do not assign an ethnicity, religion, disability, gender identity or sexual orientation the writer did not give');
    expect(sent?.responseFormat).toMatchObject({ json_schema: { name: 'character_background', schema: characterBackgroundPrompt.schema.jsonSchema } });
    expect((await events())[0]).toMatchObject({ actor: { name: 'character-background' }, parameters: { character: 'MAYA' } });
  });

  it('rejects a background missing its voice as a schema mismatch naming the field', async () => {
    const { context } = await harness.setup();
    const { voice: _voice, ...withoutVoice } = background;
    harness.server().enqueue('chat', { reply: { json: withoutVoice } });
    await expect(generateCharacterBackground(context, { name: 'MAYA', story: 's' })).rejects.toThrow(/does not match the schema "character_background"/);
    expect(harness.sentChats()[0]?.user).toContain("The writer's notes on this character:\nNone yet.");
  });
});
