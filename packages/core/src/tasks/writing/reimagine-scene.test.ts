import { describe, expect, it } from 'vitest';
import { readFixture } from './__fixtures__/read-fixture.js';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { InvalidTaskInputError } from './invalid-task-input-error.js';
import { reimagineScene } from './reimagine-scene.js';

const harness = useWritingHarness();
const script = readFixture('lighthouse.fountain');
const harbour = script.slice(script.indexOf('EXT. HARBOUR'), script.indexOf('INT. LIGHTHOUSE - STAIRS')).trim();
const spaceport = 'EXT. ORBITAL DOCK - SHIFT CHANGE\n\nShuttles nudge the airlocks.\n\nTOM\nCome to the canteen. Just once.\n\nMAYA\nCanteens are for people who sleep, Tom.';

describe('reimagineScene', () => {
  it('sends the scene and the target and returns the re-imagined Fountain scene', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: spaceport } });
    const result = await reimagineScene(context, { scene: harbour, genre: 'science fiction', era: 'the 2300s' });

    expect(result.output).toEqual({ fountain: spaceport, valid: true });
    expect(harness.sentChats()[0]?.user).toBe(`The scene:\n\n${harbour}\n\nRe-imagine it for:\nGenre: science fiction\nEra: the 2300s`);
    expect((await events())[0]).toMatchObject({ actor: { name: 'reimagine' }, parameters: { prompt: { id: 'writing.reimagine-scene', version: '1' }, genre: 'science fiction', era: 'the 2300s' } });
  });

  it('keeps an answer that lost its scene heading, with a finding', async () => {
    const { context } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: 'TOM\nCanteen?\n\nMAYA\nNo.' } });
    const result = await reimagineScene(context, { scene: harbour, audience: 'children' });
    expect(harness.sentChats()[0]?.user.endsWith('Re-imagine it for:\nAudience: children')).toBe(true);
    expect(result.output).toEqual({ fountain: 'TOM\nCanteen?\n\nMAYA\nNo.', valid: false });
    expect(result.findings.map((finding) => finding.message)).toEqual(['The reimagine output is not a Fountain scene: it has no scene heading.']);
  });

  it('needs a genre, era or audience', async () => {
    const { context } = await harness.setup();
    await expect(reimagineScene(context, { scene: harbour })).rejects.toBeInstanceOf(InvalidTaskInputError);
    expect(harness.server().requests).toEqual([]);
  });
});
