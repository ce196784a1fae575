import { describe, expect, it } from 'vitest';
import { useWritingHarness } from './__fixtures__/writing-harness.js';
import { describeScene } from './describe-scene.js';

const harness = useWritingHarness();

describe('describeScene', () => {
  it('describes the scene for a beat, taking the heading from the beat\'s first suggested scene, without the chatter', async () => {
    const { context, events } = await harness.setup();
    harness.server().enqueue('chat', { reply: { content: "Here's the scene:\n\nRain sheets down the lamp room glass. Maya works alone." } });
    const beat = { name: 'Notice', description: 'Tom brings the letter.', scenes: [{ heading: 'INT. LIGHTHOUSE - NIGHT', summary: 's' }] };
    const result = await describeScene(context, { story: 'A keeper refuses automation.', beat, characters: ['MAYA', 'TOM'] });

    expect(result.output).toBe('Rain sheets down the lamp room glass. Maya works alone.');
    expect(result.text).toBe("Here's the scene:\n\nRain sheets down the lamp room glass. Maya works alone.");
    expect(harness.sentChats()[0]?.user).toBe(
      'The story:\nA keeper refuses automation.\n\nThe beat this scene dramatises:\nNotice: Tom brings the letter.\n\nScene heading: INT. LIGHTHOUSE - NIGHT\nCharacters present: MAYA, TOM\n\nDescribe the scene.',
    );
    expect(harness.sentChats()[0]?.responseFormat).toBeUndefined();
    expect((await events())[0]).toMatchObject({ actor: { name: 'scene-description' }, parameters: { prompt: { id: 'writing.scene-description', version: '1' }, heading: 'INT. LIGHTHOUSE - NIGHT' } });
  });
});
