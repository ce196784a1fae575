import { describe, expect, it } from 'vitest';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { describeScene } from './describe-scene.js';
import { generateBeatOutline } from './generate-beat-outline.js';
import { generateCharacterBackground } from './generate-character-background.js';
import { generateLoglines } from './generate-loglines.js';

const harness = useWritingHarness();

describe('the writing hierarchy (logline → characters → beats → scene)', () => {
  it('feeds each level the one above it, every step recorded with its own prompt id', async () => {
    const { context, events } = await harness.setup();
    const server = harness.server();
    server.enqueue('chat', { reply: { json: { options: [{ title: 'Skerry Light', logline: 'A keeper defies automation.', premise: 'p', genre: 'drama', tone: 'spare' }] } } });
    server.enqueue('chat', {
      reply: { json: { name: 'MAYA', summary: 'The last keeper.', backstory: 'b', want: 'the lamp lit', need: 'to let go', flaw: 'f', voice: 'dry', relationships: [] } },
    });
    server.enqueue('chat', {
      reply: { json: { acts: [{ name: 'Act One', beats: [{ name: 'The letter', description: 'Tom brings the notice.', scenes: [{ heading: 'INT. LAMP ROOM - NIGHT', summary: 's' }] }] }] } },
    });
    server.enqueue('chat', { reply: { content: 'Rain on the glass.' } });

    const logline = (await generateLoglines(context, { idea: 'a lighthouse', count: 1 })).output.options[0]?.logline ?? '';
    const maya = (await generateCharacterBackground(context, { name: 'MAYA', story: logline })).output;
    const outline = (await generateBeatOutline(context, { logline, characters: [maya] })).output;
    const beat = outline.acts[0]?.beats[0];
    if (beat === undefined) throw new Error('the outline has a beat');
    const scene = await describeScene(context, { story: logline, beat, characters: ['MAYA'] });

    const users = harness.sentChats().map((sent) => sent.user);
    expect(users[1]).toContain('The story:\nA keeper defies automation.');
    expect(users[2]).toContain('- MAYA: The last keeper. Wants the lamp lit; needs to let go.');
    expect(users[3]).toContain('The letter: Tom brings the notice.\n\nScene heading: INT. LAMP ROOM - NIGHT');
    expect(scene.output).toBe('Rain on the glass.');
    expect((await events()).map((event) => event.parameters?.['prompt'])).toEqual([
      { id: 'writing.logline', version: '2' },
      { id: 'writing.character-background', version: '2' },
      { id: 'writing.beat-outline', version: '2' },
      { id: 'writing.scene-description', version: '1' },
    ]);
  });
});
