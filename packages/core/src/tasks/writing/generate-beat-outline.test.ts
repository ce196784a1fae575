import { describe, expect, it } from 'vitest';
import type { BeatOutline } from '../prompts/beat-outline-prompt.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { generateBeatOutline } from './generate-beat-outline.js';

const harness = useWritingHarness();
const outline: BeatOutline = {
  acts: [
    { name: 'Act One', beats: [{ name: 'Notice', description: 'The light will be automated.', scenes: [{ heading: 'INT. LIGHTHOUSE - NIGHT', summary: 'Tom brings the letter.' }] }] },
    { name: 'Act Two', beats: [] },
  ],
};

describe('generateBeatOutline', () => {
  it('sends the logline, the characters\' summaries and the structure, and returns acts, beats and scenes', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: outline } });
    const result = await generateBeatOutline(context, {
      logline: 'A keeper refuses automation.',
      characters: ['TOM', { name: 'MAYA', summary: 'The last keeper.', backstory: '', want: 'the lamp lit', need: 'to let go', flaw: '', voice: '', relationships: [] }],
      structure: 'five acts',
    });

    expect(result.output.acts[0]?.beats[0]?.scenes[0]?.heading).toBe('INT. LIGHTHOUSE - NIGHT');
    expect(harness.sentChats()[0]?.user).toBe(
      'Logline:\nA keeper refuses automation.\n\nCharacters:\n- TOM\n- MAYA: The last keeper. Wants the lamp lit; needs to let go.\n\nStructure: five acts\n\nWrite the beat outline.',
    );
    expect(harness.sentChats()[0]?.responseFormat).toMatchObject({ json_schema: { name: 'beat_outline', strict: true } });
    expect((await events())[0]).toMatchObject({ actor: { name: 'beat-outline' }, parameters: { prompt: { id: 'writing.beat-outline', version: '2' }, structure: 'five acts' } });
  });

  it('defaults to three acts and says the characters are not decided', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: outline } });
    await generateBeatOutline(context, { logline: 'x' });
    expect(harness.sentChats()[0]?.user).toBe('Logline:\nx\n\nCharacters:\nNot decided yet.\n\nStructure: three acts\n\nWrite the beat outline.');
  });

  it('rejects a beat without scenes as a schema mismatch', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { json: { acts: [{ name: 'One', beats: [{ name: 'b', description: 'd' }] }] } } });
    await expect(generateBeatOutline(context, { logline: 'x' })).rejects.toMatchObject({ code: 'schema_mismatch', issues: [expect.objectContaining({ path: '/acts/0/beats/0' })] });
  });
});
